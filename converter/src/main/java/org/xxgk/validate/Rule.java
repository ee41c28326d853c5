package org.xxgk.validate;

import java.util.List;
import org.xxgk.model.Finding;
import org.xxgk.model.Tables;

/** One check of the aligned tables; adds what it finds, in a stable order. */
interface Rule {

    void check(Tables tables, List<Finding> findings);
}
