package data

import (
	"math"
	"strings"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func TestSelectColumns(t *testing.T) {
	d := &mlp.Dataset{
		X:      mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}),
		Y:      mat.NewDense(2, 2, []float64{1, 0, 0, 1}),
		Labels: []int{0, 1}, ClassNames: []string{"a", "b"},
	}
	got := SelectColumns(d, 2, 0)
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
		if msg, _ := panicMessage(func() { SelectColumns(d, cols...) }); !strings.HasPrefix(msg, "data: SelectColumns: ") {
			t.Errorf("SelectColumns(%v): panicked with %q, want a data: SelectColumns: message", cols, msg)
		}
	}
}

func TestOverlapLabels(t *testing.T) {
	d := OverlapLabels(500, 1)
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
	again := OverlapLabels(500, 1)
	if !mat.Equal(d.X, again.X) {
		t.Error("OverlapLabels with the same seed gave different points")
	}
}
