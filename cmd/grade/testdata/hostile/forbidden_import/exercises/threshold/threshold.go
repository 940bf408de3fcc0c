package threshold

import (
	"errors"
	"gomlp.dev/mlp"
)

func Z(w []float64, b float64, x []float64) float64 {
	_ = mlp.FullBatch
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	return z
}

func Unit(w []float64, b float64, x []float64) float64 {
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	if z >= 0 {
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
