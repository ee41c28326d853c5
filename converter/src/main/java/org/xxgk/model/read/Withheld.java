package org.xxgk.model.read;

/** （三）不予公开, by reason. */
public final class Withheld {

    private final Cells cells;

    Withheld(Cells cells) {
        this.cells = cells;
    }

    /** 1.属于国家秘密 (state_secret). */
    public ApplicantCounts stateSecret() {
        return new ApplicantCounts(cells.child("state_secret"));
    }

    /** 2.其他法律行政法规禁止公开 (prohibited_by_law). */
    public ApplicantCounts prohibitedByLaw() {
        return new ApplicantCounts(cells.child("prohibited_by_law"));
    }

    /** 3.危及“三安全一稳定” (safety_stability). */
    public ApplicantCounts safetyStability() {
        return new ApplicantCounts(cells.child("safety_stability"));
    }

    /** 4.保护第三方合法权益 (third_party_rights). */
    public ApplicantCounts thirdPartyRights() {
        return new ApplicantCounts(cells.child("third_party_rights"));
    }

    /** 5.属于三类内部事务信息 (internal_affairs). */
    public ApplicantCounts internalAffairs() {
        return new ApplicantCounts(cells.child("internal_affairs"));
    }

    /** 6.属于四类过程性信息 (process_information). */
    public ApplicantCounts processInformation() {
        return new ApplicantCounts(cells.child("process_information"));
    }

    /** 7.属于行政执法案卷 (enforcement_files). */
    public ApplicantCounts enforcementFiles() {
        return new ApplicantCounts(cells.child("enforcement_files"));
    }

    /** 8.属于行政查询事项 (administrative_query). */
    public ApplicantCounts administrativeQuery() {
        return new ApplicantCounts(cells.child("administrative_query"));
    }
}
