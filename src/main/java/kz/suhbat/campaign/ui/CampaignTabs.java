package kz.suhbat.campaign.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * What the campaign page shows in its panel and sittings tabs, made by the features that own them (the
 * commission and the sitting day, which themselves build on campaigns), so campaigns depend on neither.
 */
public record CampaignTabs(Supplier<Parent> panel, Supplier<Parent> sittings) {
}
