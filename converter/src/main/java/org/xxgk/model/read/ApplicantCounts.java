package org.xxgk.model.read;

/** One row of section 三: the applications of each kind of applicant, and their total. */
public final class ApplicantCounts {

    private final Cells cells;

    ApplicantCounts(Cells cells) {
        this.cells = cells;
    }

    /** 自然人 (natural_person). */
    public Long naturalPerson() {
        return cells.count("natural_person");
    }

    /** 商业企业 (commercial_enterprise). */
    public Long commercialEnterprise() {
        return cells.count("commercial_enterprise");
    }

    /** 科研机构 (research_institution). */
    public Long researchInstitution() {
        return cells.count("research_institution");
    }

    /** 社会公益组织 (social_welfare_organization). */
    public Long socialWelfareOrganization() {
        return cells.count("social_welfare_organization");
    }

    /** 法律服务机构 (legal_service_agency). */
    public Long legalServiceAgency() {
        return cells.count("legal_service_agency");
    }

    /** 其他（法人或其他组织） (other_organization). */
    public Long otherOrganization() {
        return cells.count("other_organization");
    }

    /** 总计 (total). */
    public Long total() {
        return cells.count("total");
    }
}
