package kz.suhbat.common.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;

/**
 * The question asked before a step that cannot be undone (submitting a sheet, finalising an
 * interview): what is about to be locked, line by line, in place of the step's own content; Enter
 * confirms, Esc goes back and changes nothing.
 */
public final class Confirmation {

    private final VBox box = new VBox(10);
    private final Label title = new Label();
    private final VBox lines = new VBox(4);
    private final Button confirm = new Button();
    private final List<Node> covered = new ArrayList<>();
    private Runnable onConfirm;

    public Confirmation(I18n i18n, String id) {
        box.setId(id);
        box.getStyleClass().add("confirmation");
        title.getStyleClass().add("guide-competency");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        confirm.getStyleClass().add("accent");
        confirm.setOnAction(e -> confirmed());
        Button back = new Button(i18n.get("confirm.back"));
        back.setOnAction(e -> hide());
        box.getChildren().addAll(title, lines, new HBox(10, confirm, back));
        Nodes.show(false, box);
    }

    public Node node() {
        return box;
    }

    /** Shows {@code summary} instead of {@code cover}; {@code action} runs when the user confirms. */
    public void ask(String heading, List<Line> summary, String confirmLabel, Runnable action, List<Node> cover) {
        title.setText(heading);
        lines.getChildren().clear();
        for (Line line : summary) {
            Label label = new Label(line.text());
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (line.warning()) {
                label.getStyleClass().add("divergent");
            }
            lines.getChildren().add(label);
        }
        confirm.setText(confirmLabel);
        onConfirm = action;
        covered.clear();
        cover.stream().filter(Node::isVisible).forEach(covered::add);
        Nodes.show(false, covered.toArray(Node[]::new));
        Nodes.show(true, box);
        confirm.requestFocus();
    }

    public boolean showing() {
        return box.isVisible();
    }

    public void hide() {
        if (showing()) {
            Nodes.show(false, box);
            Nodes.show(true, covered.toArray(Node[]::new));
            covered.clear();
        }
    }

    /** Enter confirms and Esc goes back while the question is shown; every other key is kept from the step. */
    public boolean keyPressed(KeyEvent event) {
        if (!showing()) {
            return false;
        }
        if (event.getCode() == KeyCode.ENTER) {
            confirmed();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            hide();
        }
        return true;
    }

    private void confirmed() {
        Runnable action = onConfirm;
        hide();
        if (action != null) {
            action.run();
        }
    }

    /** One line of the summary; a warning stands out (a competency not scored, a vote missing). */
    public record Line(String text, boolean warning) {

        public static Line of(String text) {
            return new Line(text, false);
        }
    }
}
