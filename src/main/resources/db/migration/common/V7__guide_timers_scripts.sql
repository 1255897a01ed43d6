-- The guide's timers, written down while the sitting runs so that a closed window or a killed process
-- does not set them back to zero, and the office's own wording of the guide's opening and closing
-- scripts in the three languages (an empty language follows the built-in text).

-- The time taken on each part of an interview: a question ("<competency code>/<question index>") or
-- a step of the guide without questions (its name), in milliseconds.
CREATE TABLE interview_timer (
    interview_id BIGINT      NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    part         VARCHAR(80) NOT NULL,
    elapsed_ms   BIGINT      NOT NULL,
    PRIMARY KEY (interview_id, part),
    CONSTRAINT interview_timer_elapsed CHECK (elapsed_ms >= 0)
);

CREATE TABLE guide_script (
    kind       VARCHAR(16)   NOT NULL PRIMARY KEY,
    text_kk    VARCHAR(8000) NOT NULL,
    text_ru    VARCHAR(8000) NOT NULL,
    text_en    VARCHAR(8000) NOT NULL,
    updated_by BIGINT        NOT NULL REFERENCES account (id),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT guide_script_kind CHECK (kind IN ('OPENING', 'CLOSING'))
);
