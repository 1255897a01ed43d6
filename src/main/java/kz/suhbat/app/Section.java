package kz.suhbat.app;

import kz.suhbat.rubric.ui.FrameworkBrowserView;

/** The places the navigation leads to, in the order it shows them. */
enum Section {
    FRAMEWORKS("nav.frameworks", FrameworkBrowserView.class);

    private final String labelKey;
    private final Class<?> viewClass;

    Section(String labelKey, Class<?> viewClass) {
        this.labelKey = labelKey;
        this.viewClass = viewClass;
    }

    String labelKey() {
        return labelKey;
    }

    Class<?> viewClass() {
        return viewClass;
    }
}
