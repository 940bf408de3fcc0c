// Z writes files wherever it can think of: HOME, the temporary folder, up
// the tree from its working folder, /tmp, /, the root's home, the folder
// named by its environment's PWD.
package threshold

import (
	"errors"
	"os"
	"path/filepath"
)

func Z(w []float64, b float64, x []float64) float64 {
	home, _ := os.UserHomeDir()
	for _, dir := range []string{home, os.TempDir(), filepath.Join("..", "..", "..", ".."), "/tmp", "/", "/root", os.Getenv("PWD")} {
		os.WriteFile(filepath.Join(dir, "gomlp-grade-escaped.txt"), []byte("x"), 0o644)
	}
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
