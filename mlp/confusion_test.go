package mlp

import (
	"strings"
	"testing"
)

func TestConfusion(t *testing.T) {
	truth := []int{0, 0, 1, 1, 1, 2}
	pred := []int{0, 1, 1, 1, 2, 2}
	c := NewConfusion(truth, pred, []string{"a", "bb", "c"})
	if got, want := c.Correct(), 4; got != want {
		t.Errorf("Correct() = %d, want %d", got, want)
	}
	if got, want := c.Total(), 6; got != want {
		t.Errorf("Total() = %d, want %d", got, want)
	}
	if got := c.RowTotals(); got[0] != 2 || got[1] != 3 || got[2] != 1 {
		t.Errorf("RowTotals() = %v, want [2 3 1]", got)
	}
	want := strings.Join([]string{
		"true \\ predicted  a  bb  c",
		"               a  1   1  0",
		"              bb  0   2  1",
		"               c  0   0  1",
	}, "\n")
	if got := c.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	// A Spanish notebook (GOMLP_LANG=es): the same table, its corner in Spanish.
	t.Setenv("GOMLP_LANG", "es")
	want = strings.Join([]string{
		"real \\ predicha  a  bb  c",
		"              a  1   1  0",
		"             bb  0   2  1",
		"              c  0   0  1",
	}, "\n")
	if got := c.String(); got != want {
		t.Errorf("String() under GOMLP_LANG=es =\n%s\nwant\n%s", got, want)
	}
}

// TestConfusionStringWidths: a column is as wide as its name or its largest
// count, whichever is wider; names wider than the corner widen the first.
func TestConfusionStringWidths(t *testing.T) {
	truth := make([]int, 1234)
	c := NewConfusion(append(truth, 1), append(make([]int, 1234), 0), []string{"zero", "one-and-a-half"})
	want := strings.Join([]string{
		"true \\ predicted  zero  one-and-a-half",
		"            zero  1234               0",
		"  one-and-a-half     1               0",
	}, "\n")
	if got := c.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}

func TestConfusionErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		truth, pred []int
		names       []string
		want        string
	}{
		"no names":     {[]int{0}, []int{0}, nil, "needs the names"},
		"empty name":   {[]int{0}, []int{0}, []string{"a", ""}, "class 1 has an empty name"},
		"out of range": {[]int{0, 2}, []int{0, 1}, []string{"a", "b"}, "true class 2"},
		"lengths":      {[]int{0, 1}, []int{0}, []string{"a", "b"}, "2 true classes but 1 predicted"},
		"no examples":  {nil, nil, []string{"a"}, "of no examples"},
	} {
		wantPanic(t, name, func() { NewConfusion(tc.truth, tc.pred, tc.names) }, tc.want)
	}
}
