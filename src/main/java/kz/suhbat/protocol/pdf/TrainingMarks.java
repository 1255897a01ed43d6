package kz.suhbat.protocol.pdf;

import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.pdf.PdfPages;

/** Every document of a training course says so: a line under its title and a watermark on each page. */
final class TrainingMarks {

    private TrainingMarks() {
    }

    static void mark(PdfPages pages, Campaign campaign, I18n i18n) {
        if (campaign.type() == CampaignType.TRAINING) {
            pages.markAsTraining(i18n.get("training.banner"), i18n.get("training.watermark"));
        }
    }
}
