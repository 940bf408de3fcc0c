// Command mnistbench trains Nielsen's MNIST networks with package mlp and
// prints, for each, the seconds per epoch, the ratio of that time to the
// Gemm floor, the peak memory of the process and the test accuracy; with
// -compare-numpy it trains them beside numpy + OpenBLAS and prints the ratio.
//
// The networks (acceptance 9 of issue 3) are W1 = [784, 30, 10] and
// W3 = [784, 30, 30, 30, 30, 10], sigmoid units, ECM (MSE), mini-batches of
// 10, α = 3.0, weights N(0, 1/n_in) (Nielsen's chapter 3 initialisation;
// -init normal gives his chapter 1 N(0, 1)).
// Each run trains a fresh network for -epochs epochs (seeds 1, 2, …) and the
// median time per epoch over -runs runs is printed. The time is that of the
// whole call of Train: its checks of the data, the epochs, and the final
// loss over the training set (History.FinalLoss, one forward pass over the
// 60 000 examples, or the first -train of them: Nielsen trained on 50 000).
//
// The Gemm floor (package internal/gemmfloor) is the time of the matrix
// products of the epoch's steps done by gonum's Gemm (forward Z{l} and
// backward A{l-1}ᵀΔ{l}, Δ{l}W{l}), measured in the same process after each
// run as the shortest of many short timings: a ratio to it depends less on
// the machine than seconds do (but a busy machine still slows the epoch,
// timed once, more than the floor).
//
// Usage:
//
//	go run ./cmd/mnistbench                 # one epoch, 3 runs of each network
//	go run ./cmd/mnistbench -net W1 -epochs 30 -runs 1 -init normal -train 50000   # Nielsen's chapter 1 run (~95 %)
//	go run ./cmd/mnistbench -compare-numpy  # W1 and W3 beside numpy, 5 interleaved rounds
//
// Peak memory is VmHWM from /proc/self/status (Linux), the peak resident set
// of the whole process so far, MNIST included (about 440 MB of float64s;
// loading it peaks near 510 MB).
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

func main() {
	nets := flag.String("net", "W1,W3", "networks to train: W1, W3 or W1,W3")
	epochs := flag.Int("epochs", 1, "epochs per run")
	runs := flag.Int("runs", 3, "runs per network; the median seconds per epoch is printed")
	alpha := flag.Float64("alpha", 3.0, "learning rate α")
	flag.Float64Var(alpha, "eta", 3.0, "") // the old name of -alpha (Nielsen's η), not listed
	batch := flag.Int("batch", 10, "mini-batch size B, 1…-train (-1: mlp.FullBatch, full-batch GD)")
	trainN := flag.Int("train", data.MNISTTrainN, "train on the first N training images, 1…60000 (50000: Nielsen's training set)")
	initName := flag.String("init", "nielsen", "weight initialiser: normal (N(0,1), Nielsen ch. 1) or nielsen (N(0,1/n_in), ch. 3)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the training to this file")
	compare := flag.Bool("compare-numpy", false, "train each network beside numpy + OpenBLAS (cmd/mnistbench/numpy_bench.py), "+
		"one epoch, -init normal, in -rounds interleaved rounds, and print the ratio Go/numpy")
	rounds := flag.Int("rounds", 5, "rounds of -compare-numpy; medians and ranges are printed")
	python := flag.String("python", "/usr/bin/python3", "the Python with numpy, for -compare-numpy")
	threads := flag.Int("threads", 2, "OPENBLAS_NUM_THREADS for numpy, for -compare-numpy")
	flag.Usage = usage
	flag.Parse()
	log.SetFlags(0)
	if err := checkFlags(*nets, *epochs, *runs, *batch, *trainN, *alpha, *initName); err != nil {
		fmt.Fprintf(os.Stderr, "%v (mnistbench -h lists the flags)\n", err)
		os.Exit(2)
	}
	if *compare && (*rounds < 1 || *threads < 1) {
		fmt.Fprintf(os.Stderr, "mnistbench: -rounds = %d, -threads = %d, want at least 1 (mnistbench -h lists the flags)\n", *rounds, *threads)
		os.Exit(2)
	}

	train, test, err := data.LoadMNIST()
	if err != nil {
		log.Fatal(err)
	}
	if *trainN < data.MNISTTrainN {
		train = data.Subset(train, *trainN)
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
	if *compare {
		// Interrupted, the numpy process is stopped before mnistbench exits.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := compareNumpy(ctx, train, test, strings.Split(*nets, ","), *rounds, *python, *threads, *alpha); err != nil {
			pprof.StopCPUProfile()
			log.Fatal(err)
		}
		return
	}
	init := inits[*initName]
	for _, name := range strings.Split(*nets, ",") {
		sizes := shapes[name]
		var perEpoch, ratios []float64
		var acc float64
		for run := 1; run <= *runs; run++ {
			r, err := trainRun(train, test, sizes, init, *epochs, *batch, *alpha, uint64(run), func(epoch int, a float64) {
				fmt.Printf("%s run %d epoch %d: test accuracy %.4f\n", name, run, epoch, a)
			})
			if err != nil {
				log.Fatal(err)
			}
			acc = r.accuracy
			perEpoch = append(perEpoch, r.total)
			ratio := r.total / (r.floorStep.Seconds() * float64(r.steps))
			ratios = append(ratios, ratio)
			fmt.Printf("%s run %d: %.3f s/epoch = %.2f × the Gemm floor (%.1f µs/step), test accuracy %.4f after %d epoch(s)\n",
				name, run, r.total, ratio, r.floorStep.Seconds()*1e6, acc, *epochs)
		}
		slices.Sort(perEpoch)
		slices.Sort(ratios)
		fmt.Printf("%s %v: median %.3f s/epoch over %d run(s) (min %.3f, max %.3f), %.2f × the Gemm floor, last test accuracy %.4f, peak RSS %s, load average %s\n",
			name, sizes, perEpoch[len(perEpoch)/2], *runs, perEpoch[0], perEpoch[len(perEpoch)-1], ratios[len(ratios)/2], acc, peakRSS(), loadAverage())
	}
}

// usage prints the flags, all but -eta (kept as an alias of -alpha).
func usage() {
	fmt.Fprintf(flag.CommandLine.Output(), "Usage of mnistbench:\n")
	flag.VisitAll(func(f *flag.Flag) {
		if f.Name == "eta" {
			return
		}
		name, u := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		line += "\n    \t" + u
		if f.DefValue != "" && f.DefValue != "false" {
			line += " (default " + f.DefValue + ")"
		}
		fmt.Fprintln(flag.CommandLine.Output(), line)
	})
}

var (
	inits  = map[string]mlp.Initializer{"normal": mlp.InitNormal, "nielsen": mlp.InitNielsen}
	shapes = map[string][]int{"W1": {784, 30, 10}, "W3": {784, 30, 30, 30, 30, 10}}
)

// run is what trainRun measured.
type run struct {
	total, epochs float64       // seconds per epoch: the whole Train, and up to the end of the last epoch
	steps         int           // per epoch
	floorStep     time.Duration // the Gemm floor of one step
	accuracy      float64       // on the test set, at the end
}

// trainRun trains a fresh network of the given sizes on train for the given
// epochs (seed both for the weights and the shuffling), timing Train, then
// measures the Gemm floor of a step. With epochs > 1, onEpoch sees the test
// accuracy after each epoch (its time is not counted).
func trainRun(train, test *mlp.Dataset, sizes []int, init mlp.Initializer, epochs, batch int, alpha float64, seed uint64,
	onEpoch func(epoch int, acc float64)) (run, error) {
	net := mlp.NewNetwork(mlp.Spec{Sizes: sizes, Hidden: mlp.Sigmoid, Output: mlp.Sigmoid,
		Loss: mlp.MeanSquaredError, Init: init, Seed: seed})
	var paused time.Duration // spent measuring the test accuracy in OnEpoch
	var epochsEnd time.Time
	runtime.GC() // as testing.B does: the last run's garbage does not count against this one
	start := time.Now()
	_, err := net.Train(train, mlp.Settings{Epochs: epochs, BatchSize: batch, LearningRate: alpha, Seed: seed,
		OnEpoch: func(e mlp.EpochInfo) error {
			epochsEnd = time.Now()
			if epochs > 1 {
				onEpoch(e.Epoch, accuracy(e.Net, test))
				paused += time.Since(epochsEnd)
			}
			return nil
		}})
	elapsed := time.Since(start) - paused
	if err != nil {
		return run{}, err
	}
	r := run{total: elapsed.Seconds() / float64(epochs), epochs: (epochsEnd.Sub(start) - paused).Seconds() / float64(epochs)}
	N, _ := train.X.Dims()
	B := batch
	if B == mlp.FullBatch {
		B = N
	}
	r.steps = (N + B - 1) / B
	b := min(B, 1000) // a full batch's floor: 1000 rows' times B/1000 (a product's time is linear in B)
	r.floorStep = floorStep(sizes, train.X, b) * time.Duration(B) / time.Duration(b)
	r.accuracy = accuracy(net, test)
	return r, nil
}

// accuracy returns the network's accuracy on d.
func accuracy(net *mlp.Network, d *mlp.Dataset) float64 {
	return mlp.Accuracy(d.Y, net.Predict(d.X))
}

// checkFlags returns an error naming the first flag out of range, before
// MNIST is loaded.
func checkFlags(nets string, epochs, runs, batch, trainN int, alpha float64, initName string) error {
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
	case trainN < 1 || trainN > data.MNISTTrainN:
		return fmt.Errorf("mnistbench: -train = %d, want 1…%d training images", trainN, data.MNISTTrainN)
	case batch != mlp.FullBatch && (batch < 1 || batch > trainN):
		return fmt.Errorf("mnistbench: -batch = %d, want 1…%d (-train), or %d (mlp.FullBatch) for full-batch GD", batch, trainN, mlp.FullBatch)
	case !(alpha > 0) || math.IsInf(alpha, 0):
		return fmt.Errorf("mnistbench: -alpha = %v, want a finite learning rate α > 0", alpha)
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

// loadAverage returns the 1-, 5- and 15-minute load averages of
// /proc/loadavg (Linux), or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
