package data

import (
	"math"
	"math/rand/v2"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// NearRadius is the radius of the disc of OverlapLabels' label "near".
const NearRadius = 1.6

// OverlapLabels returns a multi-label data set of n points drawn uniformly
// from the square [−2, 2]² (seeded), with K = 3 labels that overlap, one
// 0/1 column of Y each:
//
//	right: x₁ > 0,   up: x₂ > 0,   near: ‖x‖ < NearRadius = 1.6.
//
// The first two are decided by a line, the third by a disc of about half
// the square's area (π·1.6² ≈ 8 of 16). ClassNames holds the labels' names;
// Labels is nil (an example may have several labels, or none). It panics
// if n < 1 or n > MaxExamples (checked before anything is allocated).
func OverlapLabels(n int, seed uint64) *mlp.Dataset {
	checkExamples("OverlapLabels", n)
	rng := rand.New(rand.NewPCG(seed, 6)) // 6: any fixed second word
	X, Y := mat.NewDense(n, 2, nil), mat.NewDense(n, 3, nil)
	for i := range n {
		x1, x2 := 4*rng.Float64()-2, 4*rng.Float64()-2
		X.Set(i, 0, x1)
		X.Set(i, 1, x2)
		for k, has := range []bool{x1 > 0, x2 > 0, math.Hypot(x1, x2) < NearRadius} {
			if has {
				Y.Set(i, k, 1)
			}
		}
	}
	return &mlp.Dataset{X: X, Y: Y, ClassNames: []string{"right", "up", "near"}}
}
