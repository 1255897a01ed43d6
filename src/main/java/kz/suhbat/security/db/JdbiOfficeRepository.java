package kz.suhbat.security.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.db.Columns;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.LegalBasis;
import kz.suhbat.security.Letterhead;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeRepository;
import kz.suhbat.security.Region;
import org.jdbi.v3.core.Jdbi;

/** The single office row in H2, its legal basis texts and its letterhead. */
public final class JdbiOfficeRepository implements OfficeRepository {

    private final Jdbi jdbi;

    public JdbiOfficeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Office> load() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM office WHERE id = 1")
                .map((rs, ctx) -> new Office(
                        LocalizedText.of(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                        LocalizedText.of(rs.getString("city_kk"), rs.getString("city_ru"), rs.getString("city_en")),
                        rs.getString("code"), Columns.enumByName(rs, "region", Region.class),
                        rs.getInt("lock_after_minutes"), rs.getInt("backup_every_hours"), rs.getInt("backups_kept")))
                .findOne());
    }

    @Override
    public void save(Office office) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO office t USING (SELECT 1) s ON t.id = 1 WHEN MATCHED THEN UPDATE SET name_kk "
                        + "= :nameKk, name_ru = :nameRu, name_en = :nameEn, city_kk = :cityKk, city_ru = :cityRu, "
                        + "city_en = :cityEn, code = :code, region = :region, lock_after_minutes = :lock, "
                        + "backup_every_hours = :every, backups_kept = :kept WHEN NOT MATCHED THEN INSERT (id, "
                        + "name_kk, name_ru, name_en, city_kk, city_ru, city_en, code, region, lock_after_minutes, "
                        + "backup_every_hours, backups_kept) VALUES (1, :nameKk, :nameRu, :nameEn, :cityKk, "
                        + ":cityRu, :cityEn, :code, :region, :lock, :every, :kept)")
                .bind("nameKk", office.name().kk())
                .bind("nameRu", office.name().ru())
                .bind("nameEn", office.name().en())
                .bind("cityKk", office.city().kk())
                .bind("cityRu", office.city().ru())
                .bind("cityEn", office.city().en())
                .bind("code", office.code())
                .bind("region", office.region().name())
                .bind("lock", office.lockAfterMinutes())
                .bind("every", office.backupEveryHours())
                .bind("kept", office.backupsKept())
                .execute());
    }

    @Override
    public LegalBasis legalBasis() {
        Map<String, LocalizedText> texts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM office_legal_basis").map((rs, ctx) -> texts.put(
                        rs.getString("campaign_type"), LocalizedText.of(rs.getString("text_kk"),
                                rs.getString("text_ru"), rs.getString("text_en"))))
                .list());
        return new LegalBasis(texts);
    }

    @Override
    public void saveLegalBasis(LegalBasis basis) {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM office_legal_basis");
            basis.byCampaignType().forEach((type, text) -> h.createUpdate("INSERT INTO office_legal_basis "
                            + "(campaign_type, text_kk, text_ru, text_en) VALUES (:type, :kk, :ru, :en)")
                    .bind("type", type).bind("kk", text.kk()).bind("ru", text.ru()).bind("en", text.en())
                    .execute());
        });
    }

    @Override
    public Optional<Letterhead> letterhead() {
        return jdbi.withHandle(h -> h.createQuery("SELECT media_type, image FROM office_letterhead WHERE id = 1")
                .map((rs, ctx) -> new Letterhead(rs.getString("media_type"), rs.getBytes("image")))
                .findOne());
    }

    @Override
    public void saveLetterhead(Optional<Letterhead> letterhead) {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM office_letterhead");
            letterhead.ifPresent(l -> h.createUpdate("INSERT INTO office_letterhead (id, media_type, image) "
                    + "VALUES (1, :type, :image)").bind("type", l.mediaType()).bind("image", l.image()).execute());
        });
    }
}
