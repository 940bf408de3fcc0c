// Z starts a copy of the program in a session of its own that sleeps
// forever: a process that outlives its test.
package threshold

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func init() {
	if os.Getenv("GOMLP_HOSTILE") == "background" {
		for {
			time.Sleep(time.Second)
		}
	}
}

func Z(w []float64, b float64, x []float64) float64 {
	cmd := exec.Command("/proc/self/exe")
	cmd.Args = []string{"gomlp-hostile-background"}
	cmd.Env = append(os.Environ(), "GOMLP_HOSTILE=background")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Start()
	s := b
	for i := range w {
		s += w[i] * x[i]
	}
	return s
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
