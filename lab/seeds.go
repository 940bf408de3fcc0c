package lab

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
)

// Seeds runs f once for each seed 1 … n and returns the results in seed
// order. The runs are independent, so up to GOMAXPROCS of them run at once
// (the machine's cores); the results are those of running them one after
// the other. It returns the error of the smallest seed that failed, naming
// that seed; it panics if n < 1 or f is nil.
func Seeds[T any](n int, f func(seed uint64) (T, error)) ([]T, error) {
	if n < 1 || f == nil {
		panicf("Seeds(%d) of a function (nil: %v): want at least one seed and a function", n, f == nil)
	}
	out := make([]T, n)
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = f(uint64(i + 1))
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("lab: seed %d: %w", i+1, err)
		}
	}
	return out, nil
}

// Medians returns, for each index t, the median over the runs of runs[r][t]:
// the median curve of several training runs (a loss or an accuracy per
// epoch). It panics if there is no run, the runs differ in length, or a
// value is NaN.
func Medians(runs [][]float64) []float64 {
	mustSameLength("Medians", runs)
	T := len(runs[0])
	med := make([]float64, T)
	col := make([]float64, len(runs))
	for t := range T {
		for r, run := range runs {
			col[r] = run[t]
		}
		if i := slices.IndexFunc(col, math.IsNaN); i >= 0 {
			panicf("Medians: run %d is NaN at index %d", i+1, t)
		}
		med[t] = Summarize(col).Median
	}
	return med
}
