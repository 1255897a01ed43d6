package kz.suhbat.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The central office's registry of keys and the packages and data it imported. */
public interface CentralRepository {

    List<RegisteredKey> keys();

    Optional<RegisteredKey> key(String fingerprint);

    void register(RegisteredKey key, long registeredBy);

    void revoke(String fingerprint, Instant at, long revokedBy);

    /** The package {@code packageId} of the office {@code officeCode}: ids are the offices' own, not unique across them. */
    Optional<ImportedPackage> importedPackage(String officeCode, String packageId);

    /** The highest sequence accepted from the office, if any. */
    OptionalLong newestSequence(String officeCode);

    void insertPackage(ImportedPackage imported, long importedBy);

    /**
     * Replaces the office's copy of the campaign with the one {@code imported} carried, kept under the
     * office's name and region as {@code office}, the key it was signed with, was registered.
     */
    void replaceCampaign(ImportedPackage imported, RegisteredKey office, PackageData data);

    List<ImportedPackage> importedPackages();

    List<ImportedCampaign> importedCampaigns();

    /** The data of an imported campaign as its package carried it. */
    Optional<PackageData> campaignData(long importedCampaignId);
}
