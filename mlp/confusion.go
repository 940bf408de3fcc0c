package mlp

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Confusion is a confusion matrix with the names of its K classes:
//
//	Counts[t][p] = #{i : truth[i] = t and predicted[i] = p},   t, p = 0 … K−1,
//
// true classes down, predicted classes across: row t sums to the number of
// examples of class t and the diagonal holds the correct predictions. Its
// String method prints it as a table.
type Confusion struct {
	Counts [][]int
	Names  []string
}

// NewConfusion counts the confusion matrix of truth against predicted for
// the K = len(names) classes named by names. It panics if names is empty,
// K > MaxClasses, a name is empty, truth is empty or of another length than
// predicted, or a class is outside 0…K−1.
func NewConfusion(truth, predicted []int, names []string) *Confusion {
	if len(names) == 0 {
		panicf("NewConfusion needs the names of the classes (got none)")
	}
	k := len(names)
	checkClasses("NewConfusion", k)
	for t, n := range names {
		if n == "" {
			panicf("NewConfusion: class %d has an empty name", t)
		}
	}
	if len(truth) == 0 {
		panicf("NewConfusion of no examples")
	}
	if len(truth) != len(predicted) {
		panicf("NewConfusion: %d true classes but %d predicted", len(truth), len(predicted))
	}
	c := make([][]int, k)
	for t := range c {
		c[t] = make([]int, k)
	}
	for i := range truth {
		t, p := truth[i], predicted[i]
		if t < 0 || t >= k || p < 0 || p >= k {
			panicf("NewConfusion: example %d has true class %d and prediction %d, want both in 0…%d", i, t, p, k-1)
		}
		c[t][p]++
	}
	return &Confusion{Counts: c, Names: names}
}

// Correct returns the trace Σₖ Counts[k][k]: the examples classified right.
func (c *Confusion) Correct() int {
	sum := 0
	for k := range c.Counts {
		sum += c.Counts[k][k]
	}
	return sum
}

// Total returns N, the number of examples counted.
func (c *Confusion) Total() int {
	sum := 0
	for _, row := range c.Counts {
		for _, v := range row {
			sum += v
		}
	}
	return sum
}

// RowTotals returns, for each true class t, Σₚ Counts[t][p]: the number of
// examples of class t.
func (c *Confusion) RowTotals() []int {
	totals := make([]int, len(c.Counts))
	for t, row := range c.Counts {
		for _, v := range row {
			totals[t] += v
		}
	}
	return totals
}

// String returns the table: a header row ("true \ predicted", or
// "real \ predicha" under GOMLP_LANG=es) with the predicted classes' names,
// then one row per true class. Each column is as wide as its widest entry
// and right-aligned, so ten digit classes fit in a narrow cell.
func (c *Confusion) String() string {
	corner := words().Confusion
	width := func(s string) int { return utf8.RuneCountInString(s) }
	pad := func(s string, w int) string { return strings.Repeat(" ", max(0, w-width(s))) + s }
	first := width(corner)
	for _, n := range c.Names {
		first = max(first, width(n))
	}
	cols := make([]int, len(c.Names))
	for p, n := range c.Names {
		cols[p] = width(n)
		for _, row := range c.Counts {
			cols[p] = max(cols[p], len(strconv.Itoa(row[p])))
		}
	}
	var b strings.Builder
	b.WriteString(pad(corner, first))
	for p, n := range c.Names {
		b.WriteString("  " + pad(n, cols[p]))
	}
	for t, row := range c.Counts {
		b.WriteString("\n" + pad(c.Names[t], first))
		for p, v := range row {
			b.WriteString("  " + pad(strconv.Itoa(v), cols[p]))
		}
	}
	return b.String()
}
