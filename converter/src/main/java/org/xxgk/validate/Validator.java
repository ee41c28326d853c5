package org.xxgk.validate;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.layout.Template;
import org.xxgk.model.Finding;
import org.xxgk.model.Narrative;
import org.xxgk.model.Tables;

/**
 * Runs every rule over the aligned tables: missing values first, then the form's arithmetic, then
 * the numbers the narrative states against the tables.
 */
public final class Validator {

    public List<Finding> validate(Tables tables, Template template, Narrative narrative) {
        List<Rule> rules = List.of(
                new MissingValueRule(template),
                new EquationRule());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(tables, findings);
        }
        NarrativeRule.check(narrative, tables, findings);
        return findings;
    }
}
