package mlp

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestColumnAndLabels(t *testing.T) {
	Y := mat.NewDense(3, 2, []float64{1, 1, 0, 1, 0, 0})
	c, err := Column(Y, 1)
	if err != nil || !mat.Equal(c, mat.NewDense(3, 1, []float64{1, 1, 0})) {
		t.Errorf("Column(Y, 1) = %v, %v; want (1 1 0)ᵀ", c, err)
	}
	l, err := LabelColumn(Y, 0)
	if err != nil || l[0] != 1 || l[1] != 0 || l[2] != 0 {
		t.Errorf("LabelColumn(Y, 0) = %v, %v; want [1 0 0]", l, err)
	}
	n, err := LabelCounts(Y)
	if err != nil || n[0] != 2 || n[1] != 1 || n[2] != 0 {
		t.Errorf("LabelCounts(Y) = %v, %v; want [2 1 0]", n, err)
	}
	for name, err := range map[string]error{
		"Column k = 2":       second(Column(Y, 2)),
		"Column nil":         second(Column(nil, 0)),
		"LabelColumn 0.5":    second(LabelColumn(mat.NewDense(1, 1, []float64{0.5}), 0)),
		"LabelCounts 2":      second(LabelCounts(mat.NewDense(1, 2, []float64{0, 2}))),
		"LabelColumn k = -1": second(LabelColumn(Y, -1)),
	} {
		if err == nil || !strings.HasPrefix(err.Error(), "mlp: ") {
			t.Errorf("%s: error %v, want an mlp error", name, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }
