// Its init takes longer than a test may: every test's time counts from the
// process's start.
package threshold

import (
	"errors"
	"time"
)

func init() { time.Sleep(time.Minute) }

func Z(w []float64, b float64, x []float64) float64 {
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	return z
}

func Unit(w []float64, b float64, x []float64) float64 {
	if Z(w, b, x) >= 0 {
		return 1
	}
	return 0
}

func BoundaryX2(w []float64, b, x1 float64) (float64, error) {
	if w[1] == 0 {
		return 0, errors.New("vertical")
	}
	return -(b + w[0]*x1) / w[1], nil
}
