package org.xxgk.validate;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.layout.Template;
import org.xxgk.model.Finding;
import org.xxgk.model.Tables;

/** Runs every rule over the aligned tables: missing values first, then the form's arithmetic. */
public final class Validator {

    public List<Finding> validate(Tables tables, Template template) {
        return validate(tables, template, List.of());
    }

    /** {@code earlier}: the findings of reading and alignment, which say where cells were read with doubt. */
    public List<Finding> validate(Tables tables, Template template, List<Finding> earlier) {
        List<Rule> rules = List.of(
                new MissingValueRule(template),
                new EquationRule(new Doubts(tables, earlier)));
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(tables, findings);
        }
        return findings;
    }
}
