package lab

import (
	"fmt"
	"runtime"
	"sync"
)

// Seeds runs f once for each seed 1 … n and returns the results in seed
// order. The runs are independent, so up to GOMAXPROCS of them run at once
// (the machine's cores); the results are those of running them one after
// the other. It returns the error of the smallest seed that failed, naming
// that seed, and an error if n < 1.
func Seeds[T any](n int, f func(seed uint64) (T, error)) ([]T, error) {
	if n < 1 {
		return nil, fmt.Errorf("lab: Seeds(%d): want at least one seed", n)
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
// epoch). Every run must have the same length; it is an error otherwise, or
// if there is no run, or a value is NaN.
func Medians(runs [][]float64) ([]float64, error) {
	if len(runs) == 0 || len(runs[0]) == 0 {
		return nil, fmt.Errorf("lab: Medians of no runs")
	}
	T := len(runs[0])
	for r, run := range runs {
		if len(run) != T {
			return nil, fmt.Errorf("lab: Medians: run %d has %d values, run 1 has %d", r+1, len(run), T)
		}
	}
	med := make([]float64, T)
	col := make([]float64, len(runs))
	for t := range T {
		for r, run := range runs {
			col[r] = run[t]
		}
		s, err := Summarize(col)
		if err != nil {
			return nil, fmt.Errorf("lab: Medians at index %d: %w", t, err)
		}
		med[t] = s.Median
	}
	return med, nil
}
