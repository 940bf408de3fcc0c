package threshold

import (
	"errors"
	"sync"
	"time"
)

var once sync.Once

// Z leaves two goroutines running, a sleeper and a spinner, behind it.
func Z(w []float64, b float64, x []float64) float64 {
	once.Do(func() {
		go func() {
			for {
				time.Sleep(time.Millisecond)
			}
		}()
		go func() {
			n := 0
			for {
				n++
			}
		}()
	})
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
