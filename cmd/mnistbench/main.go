// Command mnistbench trains Nielsen's MNIST networks with package mlp and
// prints, for each, the seconds per epoch, the peak memory of the process and
// the test accuracy.
//
// The networks (acceptance 9 of issue 3) are W1 = [784, 30, 10] and
// W3 = [784, 30, 30, 30, 30, 10], sigmoid units, ECM (MSE), mini-batches of
// 10, η = 3.0, weights N(0, 1/n_in) (Nielsen's chapter 3 initialisation;
// -init normal gives his chapter 1 N(0, 1)).
// Each run trains a fresh network for -epochs epochs (seeds 1, 2, …) and the
// median time per epoch over -runs runs is printed.
//
// Usage:
//
//	go run ./cmd/mnistbench                 # one epoch, 3 runs of each network
//	go run ./cmd/mnistbench -net W1 -epochs 30 -runs 1 -init normal   # Nielsen's chapter 1 run (~95 %)
//
// Peak memory is VmHWM from /proc/self/status (Linux), the peak resident set
// of the whole process so far, MNIST included (about 440 MB of float64s;
// loading it peaks near 510 MB).
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

func main() {
	nets := flag.String("net", "W1,W3", "networks to train: W1, W3 or W1,W3")
	epochs := flag.Int("epochs", 1, "epochs per run")
	runs := flag.Int("runs", 3, "runs per network; the median seconds per epoch is printed")
	eta := flag.Float64("eta", 3.0, "learning rate η")
	batch := flag.Int("batch", 10, "mini-batch size B, 1…60000 (-1: mlp.FullBatch, full-batch GD)")
	initName := flag.String("init", "nielsen", "weight initialiser: normal (N(0,1), Nielsen ch. 1) or nielsen (N(0,1/n_in), ch. 3)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the training to this file")
	flag.Parse()
	log.SetFlags(0)
	if err := checkFlags(*nets, *epochs, *runs, *batch, *eta, *initName); err != nil {
		fmt.Fprintf(os.Stderr, "%v (mnistbench -h lists the flags)\n", err)
		os.Exit(2)
	}

	train, test, err := data.LoadMNIST()
	if err != nil {
		log.Fatal(err)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	init := inits[*initName]
	for _, name := range strings.Split(*nets, ",") {
		sizes := shapes[name]
		var perEpoch []float64
		var acc float64
		for run := 1; run <= *runs; run++ {
			net, err := mlp.NewNetwork(mlp.Spec{Sizes: sizes, Hidden: mlp.Sigmoid, Output: mlp.Sigmoid,
				Loss: mlp.MeanSquaredError, Init: init, Seed: uint64(run)})
			if err != nil {
				log.Fatal(err)
			}
			runtime.GC() // as testing.B does: the last run's garbage does not count against this one
			start := time.Now()
			_, err = net.Train(train, mlp.Settings{Epochs: *epochs, BatchSize: *batch, LearningRate: *eta, Seed: uint64(run),
				OnEpoch: func(e mlp.EpochInfo) error {
					if *epochs > 1 {
						yhat, _ := e.Net.Predict(test.X)
						a, _ := mlp.Accuracy(test.Y, yhat)
						fmt.Printf("%s run %d epoch %d: test accuracy %.4f\n", name, run, e.Epoch, a)
					}
					return nil
				}})
			elapsed := time.Since(start).Seconds()
			if err != nil {
				log.Fatal(err)
			}
			perEpoch = append(perEpoch, elapsed/float64(*epochs))
			yhat, err := net.Predict(test.X)
			if err != nil {
				log.Fatal(err)
			}
			if acc, err = mlp.Accuracy(test.Y, yhat); err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%s run %d: %.3f s/epoch, test accuracy %.4f after %d epoch(s)\n", name, run, perEpoch[run-1], acc, *epochs)
		}
		slices.Sort(perEpoch)
		fmt.Printf("%s %v: median %.3f s/epoch over %d run(s) (min %.3f, max %.3f), last test accuracy %.4f, peak RSS %s\n",
			name, sizes, perEpoch[len(perEpoch)/2], *runs, perEpoch[0], perEpoch[len(perEpoch)-1], acc, peakRSS())
	}
}

var (
	inits  = map[string]mlp.Initializer{"normal": mlp.InitNormal, "nielsen": mlp.InitNielsen}
	shapes = map[string][]int{"W1": {784, 30, 10}, "W3": {784, 30, 30, 30, 30, 10}}
)

// checkFlags returns an error naming the first flag out of range, before
// MNIST is loaded.
func checkFlags(nets string, epochs, runs, batch int, eta float64, initName string) error {
	for _, name := range strings.Split(nets, ",") {
		if _, ok := shapes[name]; !ok {
			return fmt.Errorf("mnistbench: unknown network %q in -net, want W1, W3 or W1,W3", name)
		}
	}
	switch {
	case runs < 1:
		return fmt.Errorf("mnistbench: -runs = %d, want at least 1 run per network", runs)
	case epochs < 1:
		return fmt.Errorf("mnistbench: -epochs = %d, want at least 1", epochs)
	case batch != mlp.FullBatch && (batch < 1 || batch > data.MNISTTrainN):
		return fmt.Errorf("mnistbench: -batch = %d, want 1…%d, or %d (mlp.FullBatch) for full-batch GD", batch, data.MNISTTrainN, mlp.FullBatch)
	case !(eta > 0) || math.IsInf(eta, 0):
		return fmt.Errorf("mnistbench: -eta = %v, want a finite learning rate > 0", eta)
	}
	if _, ok := inits[initName]; !ok {
		return fmt.Errorf("mnistbench: unknown -init %q, want normal or nielsen", initName)
	}
	return nil
}

// peakRSS returns the VmHWM line of /proc/self/status, or "unknown".
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
