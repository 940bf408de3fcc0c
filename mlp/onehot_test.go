package mlp

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestOneHotLabelsClasses(t *testing.T) {
	labels := []int{2, 0, 1, 2}
	Y := OneHot(labels, 3)
	want := mat.NewDense(4, 3, []float64{0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1})
	if !mat.Equal(Y, want) {
		t.Errorf("OneHot: got %v, want %v", mat.Formatted(Y), mat.Formatted(want))
	}
	if got := Labels(Y); !onehotEqualInts(got, labels) {
		t.Errorf("Labels: got %v, want %v", got, labels)
	}
	probs := mat.NewDense(3, 3, []float64{0.1, 0.7, 0.2, 0.5, 0.5, 0, 0.2, 0.3, 0.5})
	if got, want := onehotMustClasses(t, probs), []int{1, 0, 2}; !onehotEqualInts(got, want) {
		t.Errorf("Classes (argmax, first on ties): got %v, want %v", got, want)
	}
	single := mat.NewDense(4, 1, []float64{0.2, 0.5, 0.9, 0})
	if got, want := onehotMustClasses(t, single), []int{0, 1, 1, 0}; !onehotEqualInts(got, want) {
		t.Errorf("Classes (threshold ½): got %v, want %v", got, want)
	}
}

func onehotMustClasses(t *testing.T, m mat.Matrix) []int {
	t.Helper()
	c := Classes(m)
	return c
}

func onehotEqualInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
