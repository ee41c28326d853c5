package org.xxgk.model.read;

/** （六）其他处理: three rows, or, where the document prints it as one row, that row (its own columns here). */
public final class OtherHandling {

    private final Cells cells;

    OtherHandling(Cells cells) {
        this.cells = cells;
    }

    /** 1.申请人无正当理由逾期不补正 (correction_overdue). */
    public ApplicantCounts correctionOverdue() {
        return new ApplicantCounts(cells.child("correction_overdue"));
    }

    /** 2.申请人逾期未按收费通知要求缴纳费用 (fee_unpaid). */
    public ApplicantCounts feeUnpaid() {
        return new ApplicantCounts(cells.child("fee_unpaid"));
    }

    /** 3.其他 (other). */
    public ApplicantCounts other() {
        return new ApplicantCounts(cells.child("other"));
    }

    /** 自然人，只有一行时 (natural_person). */
    public Long naturalPerson() {
        return cells.count("natural_person");
    }

    /** 商业企业，只有一行时 (commercial_enterprise). */
    public Long commercialEnterprise() {
        return cells.count("commercial_enterprise");
    }

    /** 科研机构，只有一行时 (research_institution). */
    public Long researchInstitution() {
        return cells.count("research_institution");
    }

    /** 社会公益组织，只有一行时 (social_welfare_organization). */
    public Long socialWelfareOrganization() {
        return cells.count("social_welfare_organization");
    }

    /** 法律服务机构，只有一行时 (legal_service_agency). */
    public Long legalServiceAgency() {
        return cells.count("legal_service_agency");
    }

    /** 其他（法人或其他组织），只有一行时 (other_organization). */
    public Long otherOrganization() {
        return cells.count("other_organization");
    }

    /** 总计，只有一行时 (total). */
    public Long total() {
        return cells.count("total");
    }
}
