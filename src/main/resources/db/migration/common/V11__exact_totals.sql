-- A total is shown with two decimals, or with four when two would show a total below its threshold as
-- reaching it (2.7457 against 2.75): the central office keeps it as the package gives it.
ALTER TABLE imported_candidate ALTER COLUMN total SET DATA TYPE DECIMAL(10, 4);
