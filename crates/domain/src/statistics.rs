//! Anonymised statistics: a two-way table of counts (e.g. cases by sector × year), published
//! with its row, column and grand totals, so that no count below `k` can be read or worked
//! out from what is shown.
//!
//! Two steps, as statistical offices do it:
//! - **primary suppression**: every count with 0 < count < k, body or total, is hidden
//!   (zero is shown: it says that nobody is counted, about nobody);
//! - **complementary suppression**: more cells are hidden until no hidden cell can be
//!   recovered from the published ones by adding and subtracting along rows and columns.
//!
//! Why the second step ends where it does: write every total as a negative cell of an
//! extended (rows + 1) × (columns + 1) table; then every row and every column of it sums to
//! zero. Take the hidden cells as the edges of a graph whose nodes are the table's rows and
//! columns. The values the hidden cells can take, given the shown ones, differ from the
//! true ones by sums of alternating ±t around the graph's cycles, so a hidden cell is fixed
//! by the shown ones exactly when its edge lies on no cycle — when it is a *bridge*. The
//! step hides cells until the graph has no bridge, choosing the smallest positive counts
//! (body before totals, so totals stay shown where they can). Hidden cells are all
//! positive, so every cycle can move by ±1 without a count going negative: each hidden
//! cell has at least two possible values. (The interval can be as narrow as that; wider
//! protection intervals are not attempted.) Where no positive cell can close a cycle, the
//! whole table is hidden.

pub mod htcds;
pub mod measures;

use petgraph::algo::bridges::bridges;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::Serialize;

/// The threshold the Counter Trafficking Data Collaborative publishes with.
pub const DEFAULT_K: u64 = 11;

/// Counts by row and column, before publication (never shown as such).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// `counts[row][column]`.
    pub counts: Vec<Vec<u64>>,
}

/// One published number: the count, or hidden. In JSON a number, or `null` when hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    Suppressed,
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Shown(n) => s.serialize_u64(*n),
            Cell::Suppressed => s.serialize_none(),
        }
    }
}

impl Cell {
    pub fn shown(self) -> Option<u64> {
        match self {
            Cell::Shown(n) => Some(n),
            Cell::Suppressed => None,
        }
    }
}

/// A table as it may be published: `null` where a count is suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Published {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// `cells[row][column]`.
    #[schema(value_type = Vec<Vec<Option<u64>>>)]
    pub cells: Vec<Vec<Cell>>,
    #[schema(value_type = Vec<Option<u64>>)]
    pub row_totals: Vec<Cell>,
    #[schema(value_type = Vec<Option<u64>>)]
    pub column_totals: Vec<Cell>,
    #[schema(value_type = Option<u64>)]
    pub total: Cell,
    /// The threshold it was published with.
    pub k: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("row {row} has {got} counts for {expected} columns")]
    Ragged {
        row: usize,
        got: usize,
        expected: usize,
    },
    #[error("the table has {0} rows for {1} rows of counts")]
    RowCount(usize, usize),
    #[error("k must be at least 1")]
    ZeroK,
    /// Linked tables must count the same units by the same columns.
    #[error("table {0} does not have the first table's columns and column totals")]
    Unlinked(usize),
    #[error("a unit is counted in column {0:?}, which the tables do not have")]
    UnknownColumn(String),
}

/// The extended table: body, a totals column, a totals row; which cells are hidden.
struct Grid {
    values: Vec<Vec<u64>>,
    hidden: Vec<Vec<bool>>,
    /// Body rows and columns; index `rows` / `cols` is the totals line.
    rows: usize,
    cols: usize,
}

impl Grid {
    fn new(t: &Table) -> Grid {
        let (rows, cols) = (t.rows.len(), t.columns.len());
        let mut values = vec![vec![0u64; cols + 1]; rows + 1];
        for (i, line) in t.counts.iter().enumerate() {
            for (j, &n) in line.iter().enumerate() {
                values[i][j] = n;
                values[i][cols] += n;
                values[rows][j] += n;
                values[rows][cols] += n;
            }
        }
        Grid {
            values,
            hidden: vec![vec![false; cols + 1]; rows + 1],
            rows,
            cols,
        }
    }

    /// Cells of line `line`: rows are 0..=rows, columns follow as rows+1..=rows+1+cols.
    fn line(&self, line: usize) -> Vec<(usize, usize)> {
        if line <= self.rows {
            (0..=self.cols).map(|j| (line, j)).collect()
        } else {
            let j = line - self.rows - 1;
            (0..=self.rows).map(|i| (i, j)).collect()
        }
    }

    fn lines(&self) -> usize {
        self.rows + self.cols + 2
    }

    /// The cheapest cell of `candidates` to hide: a positive shown count, body before
    /// totals, smallest first.
    fn cheapest(&self, candidates: impl Iterator<Item = (usize, usize)>) -> Option<(usize, usize)> {
        candidates
            .filter(|&(i, j)| !self.hidden[i][j] && self.values[i][j] > 0)
            .min_by_key(|&(i, j)| (i == self.rows || j == self.cols, self.values[i][j], i, j))
    }

    /// A line with exactly one hidden cell (which the line's sum gives away).
    fn lone_hidden_line(&self) -> Option<usize> {
        (0..self.lines()).find(|&l| {
            self.line(l)
                .iter()
                .filter(|&&(i, j)| self.hidden[i][j])
                .count()
                == 1
        })
    }

    /// The graph of hidden cells: node i for row i, node rows+1+j for column j.
    fn graph(&self) -> UnGraph<(), (usize, usize)> {
        let mut g = UnGraph::with_capacity(self.lines(), 0);
        for _ in 0..self.lines() {
            g.add_node(());
        }
        for i in 0..=self.rows {
            for j in 0..=self.cols {
                if self.hidden[i][j] {
                    g.add_edge(NodeIndex::new(i), NodeIndex::new(self.rows + 1 + j), (i, j));
                }
            }
        }
        g
    }

    /// A shown cell that puts the bridge `(i, j)` on a cycle: one joining a row on the
    /// row's side of the bridge to a column on the column's side, or the other way round.
    fn closing_cell(
        &self,
        g: &UnGraph<(), (usize, usize)>,
        bridge: (usize, usize),
    ) -> Option<(usize, usize)> {
        let (row_node, col_node) = (bridge.0, self.rows + 1 + bridge.1);
        let row_side = self.component(g, row_node, bridge);
        let col_side = self.component(g, col_node, bridge);
        let candidates = (0..=self.rows)
            .flat_map(|i| (0..=self.cols).map(move |j| (i, j)))
            .filter(|&(i, j)| {
                let c = self.rows + 1 + j;
                (row_side[i] && col_side[c]) || (col_side[i] && row_side[c])
            });
        self.cheapest(candidates)
    }

    /// Nodes reachable from `start` without crossing `bridge`.
    fn component(
        &self,
        g: &UnGraph<(), (usize, usize)>,
        start: usize,
        bridge: (usize, usize),
    ) -> Vec<bool> {
        let mut seen = vec![false; self.lines()];
        let mut stack = vec![start];
        seen[start] = true;
        while let Some(n) = stack.pop() {
            for e in g.edges(NodeIndex::new(n)) {
                if *e.weight() == bridge {
                    continue;
                }
                let m = if e.source().index() == n {
                    e.target().index()
                } else {
                    e.source().index()
                };
                if !seen[m] {
                    seen[m] = true;
                    stack.push(m);
                }
            }
        }
        seen
    }

    fn hide_everything(&mut self) {
        for line in &mut self.hidden {
            line.iter_mut().for_each(|h| *h = true);
        }
    }
}

/// `table` as it may be published with threshold `k`.
pub fn publish(table: &Table, k: u64) -> Result<Published, TableError> {
    check(table, k)?;
    Ok(publish_checked(
        table,
        k,
        &vec![false; table.columns.len()],
        false,
    ))
}

/// Tables that count the same units by different rows (cases by sector, by age group, …
/// each by country) published together: their column totals and grand total are the
/// same numbers, so a total hidden in one table is hidden in all of them — otherwise the
/// table that shows it would give away what the other hid. Each table is published with
/// the totals any table hides hidden from the start, until no table hides another total
/// (the set only grows, so this ends).
///
/// Why that is enough: the tables share nothing but those totals. A hidden cell of one
/// table lies on a cycle of its own table's hidden-cell graph; moving along that cycle
/// changes either no shared total (the other tables are untouched) or a shared total,
/// which every other table can follow along a cycle of its own through the same total
/// (it is hidden there too, and no hidden cell is a bridge). So no cell is fixed by
/// everything published together, and each still has a second possible value.
pub fn publish_linked(tables: &[Table], k: u64) -> Result<Vec<Published>, TableError> {
    let Some(first) = tables.first() else {
        return Ok(Vec::new());
    };
    let sums = |t: &Table| -> Vec<u64> {
        (0..t.columns.len())
            .map(|j| t.counts.iter().map(|line| line[j]).sum())
            .collect()
    };
    for (n, t) in tables.iter().enumerate() {
        check(t, k)?;
        if t.columns != first.columns || sums(t) != sums(first) {
            return Err(TableError::Unlinked(n));
        }
    }
    let mut forced_columns = vec![false; first.columns.len()];
    let mut forced_total = false;
    loop {
        let published: Vec<Published> = tables
            .iter()
            .map(|t| publish_checked(t, k, &forced_columns, forced_total))
            .collect();
        if published.iter().any(Published::is_all_hidden) {
            // One table could not be protected: nothing of the family is published.
            return Ok(tables.iter().map(|t| all_hidden(t, k)).collect());
        }
        let mut changed = false;
        for p in &published {
            for (j, cell) in p.column_totals.iter().enumerate() {
                if *cell == Cell::Suppressed && !forced_columns[j] {
                    forced_columns[j] = true;
                    changed = true;
                }
            }
            if p.total == Cell::Suppressed && !forced_total {
                forced_total = true;
                changed = true;
            }
        }
        if !changed {
            return Ok(published);
        }
    }
}

impl Published {
    /// Whether nothing of the table is shown (it could not be protected otherwise).
    pub fn is_all_hidden(&self) -> bool {
        self.total == Cell::Suppressed
            && self
                .cells
                .iter()
                .flatten()
                .chain(&self.row_totals)
                .chain(&self.column_totals)
                .all(|c| *c == Cell::Suppressed)
    }
}

fn all_hidden(t: &Table, k: u64) -> Published {
    Published {
        rows: t.rows.clone(),
        columns: t.columns.clone(),
        cells: vec![vec![Cell::Suppressed; t.columns.len()]; t.rows.len()],
        row_totals: vec![Cell::Suppressed; t.rows.len()],
        column_totals: vec![Cell::Suppressed; t.columns.len()],
        total: Cell::Suppressed,
        k,
    }
}

fn check(table: &Table, k: u64) -> Result<(), TableError> {
    if k == 0 {
        return Err(TableError::ZeroK);
    }
    if table.counts.len() != table.rows.len() {
        return Err(TableError::RowCount(table.rows.len(), table.counts.len()));
    }
    for (row, line) in table.counts.iter().enumerate() {
        if line.len() != table.columns.len() {
            return Err(TableError::Ragged {
                row,
                got: line.len(),
                expected: table.columns.len(),
            });
        }
    }
    Ok(())
}

/// Publishes a checked table with some column totals (and perhaps the grand total)
/// hidden from the start, because a linked table hides them.
fn publish_checked(
    table: &Table,
    k: u64,
    forced_columns: &[bool],
    forced_total: bool,
) -> Published {
    let mut g = Grid::new(table);
    for i in 0..=g.rows {
        for j in 0..=g.cols {
            g.hidden[i][j] = (1..k).contains(&g.values[i][j]);
        }
    }
    for (j, &forced) in forced_columns.iter().enumerate() {
        g.hidden[g.rows][j] |= forced;
    }
    g.hidden[g.rows][g.cols] |= forced_total;
    // Each round hides at least one more cell, so this ends.
    loop {
        if let Some(l) = g.lone_hidden_line() {
            match g.cheapest(g.line(l).into_iter()) {
                Some((i, j)) => g.hidden[i][j] = true,
                None => {
                    g.hide_everything();
                    break;
                }
            }
            continue;
        }
        let graph = g.graph();
        let Some(bridge) = bridges(&graph).map(|e| *e.weight()).next() else {
            break;
        };
        match g.closing_cell(&graph, bridge) {
            Some((i, j)) => g.hidden[i][j] = true,
            None => {
                g.hide_everything();
                break;
            }
        }
    }
    let cell = |i: usize, j: usize| {
        if g.hidden[i][j] {
            Cell::Suppressed
        } else {
            Cell::Shown(g.values[i][j])
        }
    };
    Published {
        rows: table.rows.clone(),
        columns: table.columns.clone(),
        cells: (0..g.rows)
            .map(|i| (0..g.cols).map(|j| cell(i, j)).collect())
            .collect(),
        row_totals: (0..g.rows).map(|i| cell(i, g.cols)).collect(),
        column_totals: (0..g.cols).map(|j| cell(g.rows, j)).collect(),
        total: cell(g.rows, g.cols),
        k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(counts: &[&[u64]]) -> Table {
        Table {
            rows: (0..counts.len()).map(|i| format!("r{i}")).collect(),
            columns: (0..counts.first().map_or(0, |c| c.len()))
                .map(|j| format!("c{j}"))
                .collect(),
            counts: counts.iter().map(|c| c.to_vec()).collect(),
        }
    }

    #[test]
    fn large_counts_are_all_shown() {
        let p = publish(&table(&[&[20, 30], &[40, 0]]), 11).expect("publish");
        assert_eq!(p.cells[0], vec![Cell::Shown(20), Cell::Shown(30)]);
        assert_eq!(p.cells[1], vec![Cell::Shown(40), Cell::Shown(0)]);
        assert_eq!(p.total, Cell::Shown(90));
    }

    #[test]
    fn a_small_count_takes_three_others_with_it() {
        // 3 is below k; hiding it alone lets row 0's total give it away, so a rectangle
        // of four cells is hidden and every total stays shown.
        let p = publish(&table(&[&[3, 30, 50], &[40, 60, 70]]), 11).expect("publish");
        assert_eq!(p.cells[0][0], Cell::Suppressed);
        let hidden: usize = p
            .cells
            .iter()
            .flatten()
            .filter(|c| **c == Cell::Suppressed)
            .count();
        assert_eq!(hidden, 4);
        assert!(
            p.row_totals
                .iter()
                .chain(&p.column_totals)
                .all(|c| c.shown().is_some())
        );
        assert_eq!(
            p.cells[0][1],
            Cell::Suppressed,
            "the smallest count of the row"
        );
    }

    #[test]
    fn a_single_row_hides_its_small_count_in_every_total_that_repeats_it() {
        // One row: the column totals repeat it, so the 5 is hidden with its row total,
        // its column total and the grand total (any value fits all four); the 0 stays.
        let p = publish(&table(&[&[5, 0]]), 11).expect("publish");
        assert_eq!(p.cells[0], vec![Cell::Suppressed, Cell::Shown(0)]);
        assert_eq!(p.row_totals, vec![Cell::Suppressed]);
        assert_eq!(p.column_totals, vec![Cell::Suppressed, Cell::Shown(0)]);
        assert_eq!(p.total, Cell::Suppressed);
    }

    #[test]
    fn malformed_tables_are_refused() {
        let mut t = table(&[&[1, 2]]);
        t.columns.push("c2".into());
        assert_eq!(
            publish(&t, 11),
            Err(TableError::Ragged {
                row: 0,
                got: 2,
                expected: 3
            })
        );
        assert_eq!(publish(&table(&[&[1]]), 0), Err(TableError::ZeroK));
    }
}
