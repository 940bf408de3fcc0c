package mlp

import (
	"fmt"
	"strings"
)

// Confusion is a confusion matrix with the names of its K classes:
//
//	Counts[t][p] = #{i : truth[i] = t and predicted[i] = p},
//
// true classes down, predicted classes across (see ConfusionMatrix). Its
// String method prints it as a table.
type Confusion struct {
	Counts [][]int
	Names  []string
}

// NewConfusion counts the confusion matrix of truth against predicted for
// the K = len(names) classes named by names. It is an error if names is
// empty or has an empty name, or ConfusionMatrix fails (no examples,
// lengths that differ, a class outside 0…K−1).
func NewConfusion(truth, predicted []int, names []string) (*Confusion, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("mlp: NewConfusion needs the names of the classes (got none)")
	}
	for k, n := range names {
		if n == "" {
			return nil, fmt.Errorf("mlp: class %d has an empty name", k)
		}
	}
	c, err := ConfusionMatrix(truth, predicted, len(names))
	if err != nil {
		return nil, err
	}
	return &Confusion{Counts: c, Names: names}, nil
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

// String returns the table: a header row "true \ predicted" with the
// predicted classes' names, then one row per true class, right-aligned.
func (c *Confusion) String() string {
	width := len("true \\ predicted")
	for _, n := range c.Names {
		width = max(width, len([]rune(n)))
	}
	pad := func(s string) string { return strings.Repeat(" ", width-len([]rune(s))) + s }
	var b strings.Builder
	b.WriteString(pad("true \\ predicted"))
	for _, n := range c.Names {
		b.WriteString("  " + pad(n))
	}
	for t, row := range c.Counts {
		b.WriteString("\n" + pad(c.Names[t]))
		for _, v := range row {
			b.WriteString("  " + pad(fmt.Sprint(v)))
		}
	}
	return b.String()
}
