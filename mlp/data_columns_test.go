package mlp

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestSelectColumns(t *testing.T) {
	d := &Dataset{
		X:      mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}),
		Y:      mat.NewDense(2, 2, []float64{1, 0, 0, 1}),
		Labels: []int{0, 1}, ClassNames: []string{"a", "b"},
	}
	got, err := SelectColumns(d, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.Equal(got.X, mat.NewDense(2, 2, []float64{3, 1, 6, 4})) {
		t.Errorf("X = %v, want columns 2 and 0", mat.Formatted(got.X))
	}
	if !mat.Equal(got.Y, d.Y) || got.Labels[1] != 1 || got.ClassNames[1] != "b" {
		t.Errorf("targets, labels or names not kept: %v %v %v", got.Y, got.Labels, got.ClassNames)
	}
	got.Y.Set(0, 0, 7)
	got.Labels[0] = 9
	if d.Y.At(0, 0) != 1 || d.Labels[0] != 0 {
		t.Error("SelectColumns shares Y or Labels with its input, want copies")
	}
	for _, cols := range [][]int{nil, {3}, {-1}} {
		if _, err := SelectColumns(d, cols...); err == nil || !strings.HasPrefix(err.Error(), "mlp: ") {
			t.Errorf("SelectColumns(%v): error %v, want an mlp error", cols, err)
		}
	}
}

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

func TestOverlapLabels(t *testing.T) {
	d, err := OverlapLabels(500, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 500 {
		x1, x2 := d.X.At(i, 0), d.X.At(i, 1)
		if math.Abs(x1) > 2 || math.Abs(x2) > 2 {
			t.Fatalf("point %d = (%v, %v) outside [−2, 2]²", i, x1, x2)
		}
		want := []bool{x1 > 0, x2 > 0, x1*x1+x2*x2 < NearRadius*NearRadius}
		for k, w := range want {
			if (d.Y.At(i, k) == 1) != w || (d.Y.At(i, k) != 0 && d.Y.At(i, k) != 1) {
				t.Fatalf("point %d = (%v, %v): label %d is %v, want %v", i, x1, x2, k, d.Y.At(i, k), w)
			}
		}
	}
	again, _ := OverlapLabels(500, 1)
	if !mat.Equal(d.X, again.X) {
		t.Error("OverlapLabels with the same seed gave different points")
	}
	if _, err := OverlapLabels(0, 1); err == nil {
		t.Error("OverlapLabels(0, 1): no error")
	}
}
