package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

// strokes returns n 28×28 images of simple digits drawn with lines: 1, 7,
// 0 (a ring) and 4, in turn, with the labels 1, 7, 0, 4.
func strokes(n int) (*mat.Dense, []int) {
	X := mat.NewDense(n, 784, nil)
	digits := []int{1, 7, 0, 4}
	for i := range n {
		d := digits[i%len(digits)]
		for r := range 28 {
			for c := range 28 {
				x, y := float64(c)-13.5, float64(r)-13.5
				var on bool
				switch d {
				case 1:
					on = math.Abs(x+0.2*y) < 1.6 && math.Abs(y) < 10
				case 7:
					on = (math.Abs(y+9) < 1.6 && math.Abs(x) < 7) || (math.Abs(x-7+0.6*(y+9)) < 1.6 && y > -9 && y < 10)
				case 0:
					on = math.Abs(math.Hypot(x/0.7, y)-9) < 1.8
				case 4:
					on = (math.Abs(x-3) < 1.6 && math.Abs(y) < 10) || (math.Abs(y-2) < 1.6 && x > -8 && x < 7) || (math.Abs(x+8+0.3*(y-2)) < 1.6 && y < 2 && y > -10)
				}
				if on {
					X.Set(i, r*28+c, 1)
				}
			}
		}
	}
	labels := make([]int, n)
	for i := range labels {
		labels[i] = digits[i%len(digits)]
	}
	return X, labels
}

func ExampleDigits() {
	X, labels := strokes(16)
	predicted := append([]int(nil), labels...)
	predicted[5], predicted[10] = 1, 6 // two mistakes, shown in vermillion
	p := plots.Digits("Test digits: label y, prediction ŷ", X, labels, predicted, 8)
	save("digits", p)
	// Output:
}

func ExampleWeightImages() {
	// Hidden units as templates: each row of W{1} is a digit minus the
	// mean of the others, so blue is ink the unit wants, vermillion ink it
	// does not.
	X, _ := strokes(4)
	W := mat.NewDense(4, 784, nil)
	for i := range 4 {
		for j := range 784 {
			mean := (X.At(0, j) + X.At(1, j) + X.At(2, j) + X.At(3, j) - X.At(i, j)) / 3
			W.Set(i, j, X.At(i, j)-mean)
		}
	}
	p := plots.WeightImages("Weights of four hidden units", W, 4)
	save("weights", p)
	// Output:
}

func TestImagesGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleDigits, t, "digits.png")
	cmpimg.CheckPlot(ExampleWeightImages, t, "weights.png")
}

func TestDigitsSameBytes(t *testing.T) {
	X, labels := strokes(5)
	sameBytes(t, func() plots.Figure { return plots.Digits("twice", X, labels, nil, 5) })
}

func TestImagesBadInput(t *testing.T) {
	X, labels := strokes(3)
	nan := mat.DenseCopyOf(X)
	nan.Set(2, 100, math.NaN())
	tests := []struct {
		name      string
		X         mat.Matrix
		labels    []int
		predicted []int
		cols      int
		want      string
	}{
		{"nil", nil, nil, nil, 3, "X is nil"},
		{"empty", &mat.Dense{}, nil, nil, 3, "Digits: no images (X is 0×0)"},
		{"too many", mat.NewDense(101, 4, nil), nil, nil, 10, "101 images, at most 100"},
		{"not square", mat.NewDense(2, 10, nil), nil, nil, 2, "rows of 10 values are not square"},
		{"no columns", X, nil, nil, 0, "0 columns"},
		{"NaN", nan, nil, nil, 3, "image 2, pixel 100 is NaN"},
		{"labels", X, labels[:2], nil, 3, "2 labels for 3 images"},
		{"predictions", X, labels, []int{1}, 3, "1 predictions for 3 images"},
		{"predictions alone", X, nil, labels, 3, "without labels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.Digits("bad", tt.X, tt.labels, tt.predicted, tt.cols) })
		})
	}
	t.Run("weights NaN", func(t *testing.T) {
		wantPanic(t, "pixel 100 is NaN", func() { plots.WeightImages("bad", nan, 3) })
	})
}
