package org.xxgk.extract.text;

import java.util.List;
import org.xxgk.grid.Block;

/** Reads the lines of one text-dump style into blocks. */
interface DumpReader {

    List<Block> read(List<Line> lines);
}
