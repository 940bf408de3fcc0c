package lab

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"gomlp.dev/mlp"
)

// TestNielsenDepthFull runs Nielsen's chapter-5 depth experiment with his
// whole protocol: [784, 30×h, 10] for h = 1 … 4 hidden sigmoid layers
// (N(0, 1/n_in) weights, N(0, 1) biases), the ECB loss, SGD with B = 10,
// α = 0.1, ρ = 5, 30 epochs on the first 50 000 MNIST training images,
// validated on the last 10 000 after every epoch; then the same with ReLU
// hidden layers and He's initialisation. It prints, per depth, the final
// and the best validation accuracy over the seeds (median and range) beside
// Nielsen's published figure, and checks that the sigmoid networks' median
// final accuracy is within one percentage point of his.
//
// It takes one to two minutes per run on one core, about twenty minutes for
// the 24 runs of 3 seeds on two cores, so it only runs when asked:
//
//	GOMLP_FULL_DEPTH=1 go test ./lab -run NielsenDepthFull -v -timeout 0
//
// GOMLP_FULL_DEPTH_SEEDS sets the number of seeds (3 by default).
func TestNielsenDepthFull(t *testing.T) {
	if os.Getenv("GOMLP_FULL_DEPTH") == "" {
		t.Skip("Nielsen's full protocol takes about twenty minutes: set GOMLP_FULL_DEPTH=1")
	}
	seeds := 3
	if s, err := strconv.Atoi(os.Getenv("GOMLP_FULL_DEPTH_SEEDS")); err == nil && s > 0 {
		seeds = s
	}
	train, val, err := NielsenSplit()
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []struct {
		name string
		act  mlp.Activation
		init mlp.Initializer
	}{{"sigmoid", mlp.Sigmoid, mlp.InitNielsen}, {"ReLU/He", mlp.ReLU, mlp.InitHe}} {
		for h := 1; h <= 4; h++ {
			hs, err := Seeds(seeds, func(seed uint64) (*mlp.History, error) {
				return DepthRun(train, val, h, kind.act, kind.init, NielsenEpochs, seed)
			})
			if err != nil {
				t.Fatal(err)
			}
			final, best := make([]float64, seeds), make([]float64, seeds)
			for i, hist := range hs {
				final[i] = hist.ValAccuracy[len(hist.ValAccuracy)-1]
				for _, a := range hist.ValAccuracy {
					best[i] = max(best[i], a)
				}
			}
			f := Summarize(final)
			b := Summarize(best)
			line := fmt.Sprintf("%s, %d hidden: final %s; best %s", kind.name, h,
				f.Format("%.4f"), b.Format("%.4f"))
			if kind.act.Name == mlp.Sigmoid.Name {
				his := NielsenDepthAccuracy[h-1]
				line += fmt.Sprintf("; Nielsen %.4f", his)
				if f.Median < his-0.01 || f.Median > his+0.01 {
					t.Errorf("%s: median final accuracy %.4f is not within 1 point of Nielsen's %.4f",
						line, f.Median, his)
				}
			}
			t.Log(line)
		}
	}
}
