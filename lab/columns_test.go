package lab

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestColumnAndLabels(t *testing.T) {
	Y := mat.NewDense(3, 2, []float64{1, 1, 0, 1, 0, 0})
	if c := Column(Y, 1); !mat.Equal(c, mat.NewDense(3, 1, []float64{1, 1, 0})) {
		t.Errorf("Column(Y, 1) = %v; want (1 1 0)ᵀ", mat.Formatted(c))
	}
	if l := LabelColumn(Y, 0); l[0] != 1 || l[1] != 0 || l[2] != 0 {
		t.Errorf("LabelColumn(Y, 0) = %v; want [1 0 0]", l)
	}
	if n := LabelCounts(Y); n[0] != 2 || n[1] != 1 || n[2] != 0 {
		t.Errorf("LabelCounts(Y) = %v; want [2 1 0]", n)
	}
	var none *mat.Dense
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"Column k = 2", func() { Column(Y, 2) }, "Column: column 2 out of range 0…1"},
		{"Column nil", func() { Column(none, 0) }, "Column: nil matrix"},
		{"Column empty", func() { Column(&mat.Dense{}, 0) }, "Column: empty 0×0 matrix"},
		{"LabelColumn 0.5", func() { LabelColumn(mat.NewDense(1, 1, []float64{0.5}), 0) }, "LabelColumn: label column 0 holds 0.5 at row 0"},
		{"LabelCounts 2", func() { LabelCounts(mat.NewDense(1, 2, []float64{0, 2})) }, "LabelCounts: label column 1 holds 2"},
		{"LabelColumn k = -1", func() { LabelColumn(Y, -1) }, "column -1 out of range"},
	} {
		wantPanic(t, c.name, c.call, "lab: ", c.want)
	}
}
