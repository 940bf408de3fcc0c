package mlp

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestAccuracy(t *testing.T) {
	for _, c := range []struct {
		name    string
		Y, Yhat *mat.Dense
		want    float64
	}{
		{"one-hot vs probabilities",
			mat.NewDense(4, 3, []float64{1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1}),
			mat.NewDense(4, 3, []float64{0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.5, 0.2, 0.3, 0.1, 0.1, 0.8}),
			0.75},
		{"0/1 column vs sigmoid outputs",
			mat.NewDense(5, 1, []float64{0, 1, 1, 0, 1}),
			mat.NewDense(5, 1, []float64{0.1, 0.5, 0.49, 0.7, 0.99}),
			0.6},
		{"all right", mat.NewDense(2, 1, []float64{0, 1}), mat.NewDense(2, 1, []float64{0, 1}), 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Accuracy(c.Y, c.Yhat)
			if got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestLabelAccuracy(t *testing.T) {
	Y := mat.NewDense(4, 2, []float64{1, 0, 1, 1, 0, 0, 0, 1})
	Yhat := mat.NewDense(4, 2, []float64{0.9, 0.1, 0.4, 0.8, 0.2, 0.6, 0.1, 0.7})
	// Label 0: rows 0, 2, 3 right, row 1 wrong (0.4 < ½); label 1: row 2 wrong.
	got := LabelAccuracy(Y, Yhat)
	if want := []float64{0.75, 0.75}; got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestConfusionMatrix(t *testing.T) {
	truth := []int{0, 0, 1, 1, 1, 2}
	pred := []int{0, 1, 1, 1, 2, 2}
	got := NewConfusion(truth, pred, []string{"0", "1", "2"}).Counts
	want := [][]int{{1, 1, 0}, {0, 2, 1}, {0, 0, 1}}
	for i := range want {
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Fatalf("got %v, want %v", got, want)
			}
		}
	}
}
