//! Properties of published statistics over generated tables: no count below k is shown,
//! what is shown is true, and no hidden cell can be worked out from the shown ones —
//! checked independently of the publisher's graph argument, by linear algebra (a hidden
//! cell is fixed by the row and column sums exactly when its unit vector lies in the row
//! space of those sums) and, on small tables, by listing every table that fits.

use std::collections::BTreeSet;

use opennrm_domain::statistics::{Cell, Published, Table, publish};
use proptest::prelude::*;

/// The extended table: counts, row totals as a last column, column totals and the grand
/// total as a last row.
fn extended(t: &Table) -> Vec<Vec<u64>> {
    let (r, c) = (t.rows.len(), t.columns.len());
    let mut v = vec![vec![0u64; c + 1]; r + 1];
    for i in 0..r {
        for j in 0..c {
            let n = t.counts[i][j];
            v[i][j] = n;
            v[i][c] += n;
            v[r][j] += n;
            v[r][c] += n;
        }
    }
    v
}

/// The published cells in the same extended layout.
fn published_grid(p: &Published) -> Vec<Vec<Cell>> {
    let mut g: Vec<Vec<Cell>> = p
        .cells
        .iter()
        .zip(&p.row_totals)
        .map(|(line, total)| line.iter().copied().chain([*total]).collect())
        .collect();
    g.push(p.column_totals.iter().copied().chain([p.total]).collect());
    g
}

/// Reduces an integer matrix in place to reduced row echelon form, fraction-free (exact),
/// each row divided by its gcd; returns the pivots as (row, column).
fn reduce(m: &mut [Vec<i128>]) -> Vec<(usize, usize)> {
    let cols = m.first().map_or(0, Vec::len);
    let mut pivots = Vec::new();
    for col in 0..cols {
        let rank = pivots.len();
        let Some(p) = (rank..m.len()).find(|&r| m[r][col] != 0) else {
            continue;
        };
        m.swap(rank, p);
        let pivot = m[rank].clone();
        for (r, row) in m.iter_mut().enumerate() {
            if r != rank && row[col] != 0 {
                let (a, b) = (pivot[col], row[col]);
                for (x, p) in row.iter_mut().zip(&pivot) {
                    *x = *x * a - p * b;
                }
                let g = row.iter().fold(0i128, |g, &x| gcd(g, x.abs()));
                if g > 1 {
                    row.iter_mut().for_each(|x| *x /= g);
                }
            }
        }
        pivots.push((rank, col));
    }
    pivots
}

/// Rank of an integer matrix (exact).
fn rank(mut m: Vec<Vec<i128>>) -> usize {
    reduce(&mut m).len()
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Hidden cells of the extended grid that the row and column sums determine.
fn determined(grid: &[Vec<Cell>]) -> Vec<(usize, usize)> {
    let (r, c) = (grid.len() - 1, grid[0].len() - 1);
    let unknowns: Vec<(usize, usize)> = (0..=r)
        .flat_map(|i| (0..=c).map(move |j| (i, j)))
        .filter(|&(i, j)| grid[i][j] == Cell::Suppressed)
        .collect();
    let index = |cell: (usize, usize)| unknowns.iter().position(|&u| u == cell);
    // Every line: the body cells minus the line's total is zero.
    let mut equations = Vec::new();
    let lines = (0..=r)
        .map(|i| (0..=c).map(|j| (i, j)).collect::<Vec<_>>())
        .chain((0..=c).map(|j| (0..=r).map(|i| (i, j)).collect()));
    for line in lines {
        let mut eq = vec![0i128; unknowns.len()];
        let last = line.len() - 1;
        for (n, &cell) in line.iter().enumerate() {
            if let Some(x) = index(cell) {
                eq[x] += if n == last { -1 } else { 1 };
            }
        }
        equations.push(eq);
    }
    let base = rank(equations.clone());
    unknowns
        .iter()
        .enumerate()
        .filter(|&(x, _)| {
            let mut with = equations.clone();
            let mut unit = vec![0i128; unknowns.len()];
            unit[x] = 1;
            with.push(unit);
            rank(with) == base
        })
        .map(|(_, &cell)| cell)
        .collect()
}

fn tables(
    max_rows: usize,
    max_cols: usize,
    count: BoxedStrategy<u64>,
) -> impl Strategy<Value = Table> {
    (1..=max_rows, 1..=max_cols).prop_flat_map(move |(r, c)| {
        proptest::collection::vec(proptest::collection::vec(count.clone(), c), r).prop_map(
            move |counts| Table {
                rows: (0..r).map(|i| format!("r{i}")).collect(),
                columns: (0..c).map(|j| format!("c{j}")).collect(),
                counts,
            },
        )
    })
}

fn counts() -> BoxedStrategy<u64> {
    prop_oneof![0..3u64, 0..15u64, 0..80u64].boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_small_count_is_shown_and_none_can_be_worked_out(t in tables(5, 5, counts()), k in 1..16u64) {
        let p = publish(&t, k).expect("publish");
        let truth = extended(&t);
        let grid = published_grid(&p);
        let everything_hidden = grid.iter().flatten().all(|c| *c == Cell::Suppressed);
        for (i, line) in grid.iter().enumerate() {
            for (j, cell) in line.iter().enumerate() {
                match cell {
                    Cell::Shown(n) => {
                        prop_assert_eq!(*n, truth[i][j], "shown as it is");
                        prop_assert!(*n == 0 || *n >= k, "{} shown at ({}, {}) with k = {}", n, i, j, k);
                    }
                    Cell::Suppressed => prop_assert!(
                        truth[i][j] > 0 || everything_hidden,
                        "a hidden zero at ({}, {}) could pin its neighbours", i, j
                    ),
                }
            }
        }
        let fixed = determined(&grid);
        prop_assert!(fixed.is_empty(), "hidden yet determined: {:?} in {:?}", fixed, grid);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Every table with the same shown cells, found by listing the hidden counts: each
    /// hidden cell (count or total) takes at least two values among them.
    #[test]
    fn every_hidden_cell_has_another_possible_value(t in tables(2, 2, (0..5u64).boxed()), k in 2..6u64) {
        let p = publish(&t, k).expect("publish");
        let grid = published_grid(&p);
        let (r, c) = (t.rows.len(), t.columns.len());
        let hidden_body: Vec<(usize, usize)> = (0..r)
            .flat_map(|i| (0..c).map(move |j| (i, j)))
            .filter(|&(i, j)| grid[i][j] == Cell::Suppressed)
            .collect();
        let bound = extended(&t)[r][c] + 2;
        let mut values: Vec<BTreeSet<u64>> = vec![BTreeSet::new(); (r + 1) * (c + 1)];
        let mut assignment = vec![0u64; hidden_body.len()];
        loop {
            let mut counts = t.counts.clone();
            for (&(i, j), &v) in hidden_body.iter().zip(&assignment) {
                counts[i][j] = v;
            }
            let candidate = extended(&Table { counts, ..t.clone() });
            let fits = (0..=r).all(|i| (0..=c).all(|j| match grid[i][j] {
                Cell::Shown(n) => candidate[i][j] == n,
                Cell::Suppressed => true,
            }));
            if fits {
                for i in 0..=r {
                    for j in 0..=c {
                        values[i * (c + 1) + j].insert(candidate[i][j]);
                    }
                }
            }
            // The next assignment, like an odometer.
            let mut d = 0;
            while d < assignment.len() && assignment[d] == bound {
                assignment[d] = 0;
                d += 1;
            }
            if d == assignment.len() {
                break;
            }
            assignment[d] += 1;
        }
        for i in 0..=r {
            for j in 0..=c {
                if grid[i][j] == Cell::Suppressed {
                    prop_assert!(values[i * (c + 1) + j].len() >= 2, "({}, {}) can only be {:?} in {:?}", i, j, values[i * (c + 1) + j], grid);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Families: every table of a measure published together, over generated case sets.
// ---------------------------------------------------------------------------------------

use opennrm_domain::statistics::measures::{self, Frame, Measure, Unit, family};

/// Hidden values that everything a family publishes fixes, found by exact elimination
/// over the equations of all its tables at once: each table's rows and columns add up to
/// their totals, and the country totals and the grand total are one unknown shared by
/// every table (they count the same units). A hidden value is fixed exactly when, in the
/// reduced system, its pivot row has nothing in the free columns.
fn jointly_determined(family: &[Published]) -> Vec<String> {
    // Unknown names: "t{table}:{i},{j}" for body and row totals; "col{j}" and "total"
    // for the shared totals.
    let mut names: Vec<String> = Vec::new();
    let id = |name: String, names: &mut Vec<String>| match names.iter().position(|n| *n == name) {
        Some(x) => x,
        None => {
            names.push(name);
            names.len() - 1
        }
    };
    // Each equation as (unknown, coefficient) pairs; shown values only move the right-hand
    // side, which does not matter for what is determined.
    let mut equations: Vec<Vec<(usize, i128)>> = Vec::new();
    for (t, p) in family.iter().enumerate() {
        let cols = p.columns.len();
        let body = |i: usize, j: usize| p.cells[i][j];
        // Rows: body minus row total.
        for i in 0..p.rows.len() {
            let mut eq = Vec::new();
            for j in 0..cols {
                if body(i, j) == Cell::Suppressed {
                    eq.push((id(format!("t{t}:{i},{j}"), &mut names), 1));
                }
            }
            if p.row_totals[i] == Cell::Suppressed {
                eq.push((id(format!("t{t}:{i},total"), &mut names), -1));
            }
            equations.push(eq);
        }
        // Columns: body minus the shared country total.
        for j in 0..cols {
            let mut eq = Vec::new();
            for i in 0..p.rows.len() {
                if body(i, j) == Cell::Suppressed {
                    eq.push((id(format!("t{t}:{i},{j}"), &mut names), 1));
                }
            }
            if p.column_totals[j] == Cell::Suppressed {
                eq.push((id(format!("col{j}"), &mut names), -1));
            }
            equations.push(eq);
        }
        // Row totals minus the shared grand total; country totals minus the grand total.
        let mut eq = Vec::new();
        for i in 0..p.rows.len() {
            if p.row_totals[i] == Cell::Suppressed {
                eq.push((id(format!("t{t}:{i},total"), &mut names), 1));
            }
        }
        let mut by_column = Vec::new();
        for j in 0..cols {
            if p.column_totals[j] == Cell::Suppressed {
                by_column.push((id(format!("col{j}"), &mut names), 1));
            }
        }
        if p.total == Cell::Suppressed {
            let g = id("total".into(), &mut names);
            eq.push((g, -1));
            by_column.push((g, -1));
        }
        equations.push(eq);
        equations.push(by_column);
    }
    let n = names.len();
    let mut m: Vec<Vec<i128>> = equations
        .into_iter()
        .map(|eq| {
            let mut row = vec![0i128; n];
            for (x, c) in eq {
                row[x] += c;
            }
            row
        })
        .filter(|row| row.iter().any(|&c| c != 0))
        .collect();
    let pivots = reduce(&mut m);
    let pivot_columns: BTreeSet<usize> = pivots.iter().map(|&(_, c)| c).collect();
    pivots
        .iter()
        .filter(|&&(r, _)| (0..n).all(|c| pivot_columns.contains(&c) || m[r][c] == 0))
        .map(|&(_, c)| names[c].clone())
        .collect()
}

fn frame() -> Frame {
    Frame {
        countries: vec!["DK".into(), "FI".into(), "LV".into()],
        years: vec!["2025".into(), "2026".into()],
    }
}

/// Generated case sets: units of one measure, each with a country, a weight (mostly one
/// person, sometimes a crew) and, for every dimension, one of the first few rows (so
/// counts pile up in some cells and stay small in others).
fn units(measure: Measure) -> impl Strategy<Value = Vec<Unit>> {
    let rows: Vec<Vec<String>> = measures::tables(measure, &[], &frame())
        .expect("empty tables")
        .into_iter()
        .map(|t| t.rows)
        .collect();
    let dims = measure.dimensions().len();
    let unit = (
        0..3usize,
        prop_oneof![4 => Just(1u64), 1 => 2..14u64],
        proptest::collection::vec(0..4usize, dims),
    )
        .prop_map(move |(country, weight, picks)| Unit {
            country: frame().countries[country].clone(),
            weight,
            values: measure
                .dimensions()
                .iter()
                .zip(&picks)
                .zip(&rows)
                .map(|((d, &pick), rows)| (*d, rows[pick % rows.len()].clone()))
                .collect(),
        });
    proptest::collection::vec(unit, 0..120)
}

fn measures() -> impl Strategy<Value = Measure> {
    prop_oneof![
        Just(Measure::Persons),
        Just(Measure::Cases),
        Just(Measure::Referrals),
        Just(Measure::Decisions)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// Over random case sets: no table of a measure shows a count below k, what is shown is
    /// the true count, and nothing hidden can be worked out from all the measure's tables
    /// together (their shared country totals and grand total included).
    #[test]
    fn a_published_measure_shows_no_small_count_and_gives_none_away(
        (measure, units) in measures().prop_flat_map(|m| (Just(m), units(m))),
        k in 2..16u64,
    ) {
        let truth = measures::tables(measure, &units, &frame()).expect("tables");
        let published = family(measure, &units, &frame(), k).expect("family");
        let family: Vec<Published> = published.tables.iter().map(|t| t.table.clone()).collect();
        for (raw, p) in truth.iter().zip(&family) {
            let want = extended(raw);
            for (i, line) in published_grid(p).iter().enumerate() {
                for (j, cell) in line.iter().enumerate() {
                    if let Cell::Shown(n) = cell {
                        prop_assert_eq!(*n, want[i][j], "shown as it is");
                        prop_assert!(*n == 0 || *n >= k, "{} shown with k = {}", n, k);
                    }
                }
            }
        }
        // The shared totals are hidden in every table or in none.
        for p in &family[1..] {
            prop_assert_eq!(&p.column_totals, &family[0].column_totals);
            prop_assert_eq!(p.total, family[0].total);
        }
        let fixed = jointly_determined(&family);
        prop_assert!(fixed.is_empty(), "hidden yet determined by the family: {:?}", fixed);
    }
}
