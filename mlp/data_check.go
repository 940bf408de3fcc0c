package mlp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// dataCheckMatrix returns an error unless m is a non-empty matrix of finite
// numbers; name says which argument it is ("X", "Y", …). A *mat.Dense is
// checked fast (see denseNonFinite).
func dataCheckMatrix(name string, m mat.Matrix) error {
	if m == nil {
		return fmt.Errorf("mlp: %s is nil", name)
	}
	if nilMatrix(m) {
		return fmt.Errorf("mlp: %s is a nil %T", name, m)
	}
	if e, ok := m.(interface{ IsEmpty() bool }); ok && e.IsEmpty() {
		return fmt.Errorf("mlp: %s is empty (0 examples)", name)
	}
	r, c := m.Dims()
	if r == 0 || c == 0 {
		return fmt.Errorf("mlp: %s is empty (%d×%d)", name, r, c)
	}
	if d, ok := m.(*mat.Dense); ok { // the usual case, fast
		if i, j, found := denseNonFinite(d); found {
			return fmt.Errorf("mlp: %s[%d,%d] is %v, want a finite number", name, i, j, d.At(i, j))
		}
		return nil
	}
	for i := range r {
		for j := range c {
			if v := m.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("mlp: %s[%d,%d] is %v, want a finite number", name, i, j, v)
			}
		}
	}
	return nil
}

// dataCheckRows returns an error unless X and Y have one row per example each.
func dataCheckRows(x, y mat.Matrix) error {
	rx, cx := x.Dims()
	ry, cy := y.Dims()
	if rx != ry {
		return fmt.Errorf("mlp: X is %d×%d but Y is %d×%d: want one row of each per example", rx, cx, ry, cy)
	}
	return nil
}

// dataCheckDataset returns an error unless d holds finite X and Y with the
// same number of rows and, if present, one label in 0…K−1 per row.
func dataCheckDataset(d *Dataset) error {
	if d == nil {
		return fmt.Errorf("mlp: nil Dataset")
	}
	if err := dataCheckMatrix("X", d.X); err != nil {
		return err
	}
	if err := dataCheckMatrix("Y", d.Y); err != nil {
		return err
	}
	if err := dataCheckRows(d.X, d.Y); err != nil {
		return err
	}
	n, _ := d.X.Dims()
	if d.Labels != nil && len(d.Labels) != n {
		return fmt.Errorf("mlp: %d labels for %d examples", len(d.Labels), n)
	}
	return nil
}

// dataCheckSize returns an error unless n > 0.
func dataCheckSize(what string, n int) error {
	if n <= 0 {
		return fmt.Errorf("mlp: %s = %d, want > 0", what, n)
	}
	return nil
}

// dataCheckNoise returns an error unless the noise level is finite and ≥ 0.
func dataCheckNoise(noise float64) error {
	if math.IsNaN(noise) || math.IsInf(noise, 0) || noise < 0 {
		return fmt.Errorf("mlp: noise = %v, want a finite standard deviation ≥ 0", noise)
	}
	return nil
}

// dataClassNames returns "0", "1", …, "k−1".
func dataClassNames(k int) []string {
	names := make([]string, k)
	for i := range names {
		names[i] = fmt.Sprint(i)
	}
	return names
}
