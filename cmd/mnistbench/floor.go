package main

import (
	"time"

	"gomlp.dev/internal/gemmfloor"
	"gonum.org/v1/gonum/mat"
)

// floorStep returns the Gemm floor of one SGD step of a network of the
// given sizes on a batch of B examples (the first B rows of X): the
// shortest of 200 timings of 10 steps' products, divided by 10. The
// shortest is the timing least disturbed by other processes.
func floorStep(sizes []int, X *mat.Dense, B int) time.Duration {
	_, c := X.Dims()
	s := gemmfloor.NewStep(sizes, X.Slice(0, B, 0, c).(*mat.Dense))
	const k = 10
	_, _, f := gemmfloor.Ratio(func() {}, func() {
		for range k {
			s.Run()
		}
	}, 200)
	return f / k
}
