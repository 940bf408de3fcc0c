package data

import (
	"fmt"
	"math"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// checkMatrix returns an error unless m is a non-empty matrix of finite
// numbers; name says which argument it is ("X", "Y", …).
func checkMatrix(name string, m mat.Matrix) error {
	if m == nil {
		return fmt.Errorf("data: %s is nil", name)
	}
	if d, ok := m.(*mat.Dense); ok {
		if d == nil {
			return fmt.Errorf("data: %s is a nil *mat.Dense", name)
		}
		if d.IsEmpty() {
			return fmt.Errorf("data: %s is empty (0 examples)", name)
		}
		raw := d.RawMatrix()
		for i := range raw.Rows {
			for j, v := range raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols] {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return fmt.Errorf("data: %s[%d,%d] is %v, want a finite number", name, i, j, v)
				}
			}
		}
		return nil
	}
	r, c := m.Dims()
	if r == 0 || c == 0 {
		return fmt.Errorf("data: %s is empty (%d×%d)", name, r, c)
	}
	for i := range r {
		for j := range c {
			if v := m.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("data: %s[%d,%d] is %v, want a finite number", name, i, j, v)
			}
		}
	}
	return nil
}

// checkDataset returns an error unless d holds finite X and Y with the same
// number of rows and, if present, one label per row.
func checkDataset(d *mlp.Dataset) error {
	if d == nil {
		return fmt.Errorf("data: nil Dataset")
	}
	if err := checkMatrix("X", d.X); err != nil {
		return err
	}
	if err := checkMatrix("Y", d.Y); err != nil {
		return err
	}
	rx, cx := d.X.Dims()
	ry, cy := d.Y.Dims()
	if rx != ry {
		return fmt.Errorf("data: X is %d×%d but Y is %d×%d: want one row of each per example", rx, cx, ry, cy)
	}
	if d.Labels != nil && len(d.Labels) != rx {
		return fmt.Errorf("data: %d labels for %d examples", len(d.Labels), rx)
	}
	return nil
}

// MaxExamples is the most examples N a synthetic or regression set may have
// (checked before anything is allocated): 10 million, 160 MB for X of two
// features, far more than a figure or a notebook needs.
const MaxExamples = 10_000_000

// checkExamples returns an error unless n ≤ MaxExamples.
func checkExamples(n int) error {
	if n > MaxExamples {
		return fmt.Errorf("data: number of examples N = %d, want at most data.MaxExamples = %d", n, MaxExamples)
	}
	return nil
}

// checkSize returns an error unless n > 0.
func checkSize(what string, n int) error {
	if n <= 0 {
		return fmt.Errorf("data: %s = %d, want > 0", what, n)
	}
	return nil
}

// checkNoise returns an error unless the noise level is finite and ≥ 0.
func checkNoise(noise float64) error {
	if math.IsNaN(noise) || math.IsInf(noise, 0) || noise < 0 {
		return fmt.Errorf("data: noise = %v, want a finite standard deviation ≥ 0", noise)
	}
	return nil
}

// classNames returns "0", "1", …, "k−1".
func classNames(k int) []string {
	names := make([]string, k)
	for i := range names {
		names[i] = fmt.Sprint(i)
	}
	return names
}
