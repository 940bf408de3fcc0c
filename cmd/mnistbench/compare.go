package main

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

// numpyBench is numpy_bench.py, Nielsen's network.py with numpy: the
// reference -compare-numpy runs beside Train.
//
//go:embed numpy_bench.py
var numpyBench []byte

// compareNumpy trains each network for one epoch with mlp and with numpy,
// rounds times, interleaved (mlp first in odd rounds, numpy first in even
// ones, so that a drift in the machine's load favours neither), with the
// same initialisation (N(0, 1), -init normal), α and B = 10, and seeds 1,
// 2, …, and prints every round, then the medians and ranges of the seconds
// per epoch and of the ratio mlp/numpy of each round.
func compareNumpy(ctx context.Context, train, test *mlp.Dataset, nets []string, rounds int, python string, threads int, alpha float64) error {
	dir, err := data.MNISTDir()
	if err != nil {
		return err
	}
	fmt.Printf("mlp against numpy + OpenBLAS (%s, OPENBLAS_NUM_THREADS=%d), one epoch, B = 10, α = %v, N(0, 1) weights, %d rounds; load average %s, %d CPUs\n",
		python, threads, alpha, rounds, loadAverage(), numCPU())
	for _, name := range nets {
		sizes := shapes[name]
		var goTotal, goEpochs, np, ratio, ratioEpochs, floorRatio []float64
		for round := 1; round <= rounds; round++ {
			seed := uint64(round)
			var g run
			var n numpyRun
			goRun := func() error {
				var err error
				g, err = trainRun(train, test, sizes, mlp.InitNormal, 1, 10, alpha, seed, nil)
				return err
			}
			numpyRun := func() error {
				var err error
				n, err = runNumpy(ctx, python, threads, name, alpha, seed, dir)
				return err
			}
			first, second := goRun, numpyRun
			if round%2 == 0 {
				first, second = numpyRun, goRun
			}
			if err := first(); err != nil {
				return err
			}
			if err := second(); err != nil {
				return err
			}
			goTotal, goEpochs, np = append(goTotal, g.total), append(goEpochs, g.epochs), append(np, n.seconds)
			ratio, ratioEpochs = append(ratio, g.total/n.seconds), append(ratioEpochs, g.epochs/n.seconds)
			floorRatio = append(floorRatio, g.total/(g.floorStep.Seconds()*float64(g.steps)))
			fmt.Printf("%s round %d: mlp %.3f s (epoch alone %.3f s, test accuracy %.4f), numpy %.3f s (test accuracy %.4f, CPU %.3f s), ratio %.2f; load %s\n",
				name, round, g.total, g.epochs, g.accuracy, n.seconds, n.accuracy, n.cpu, g.total/n.seconds, loadAverage())
		}
		fmt.Printf("%s %v: mlp %s s/epoch (epoch alone %s), numpy %s s/epoch; ratio mlp/numpy %s (epoch alone %s); mlp %s × the Gemm floor; load average %s\n",
			name, sizes, summary(goTotal, 3), summary(goEpochs, 3), summary(np, 3), summary(ratio, 2), summary(ratioEpochs, 2), summary(floorRatio, 2), loadAverage())
	}
	return nil
}

// numpyRun is what numpy_bench.py printed.
type numpyRun struct {
	seconds, cpu, accuracy float64
}

// runNumpy runs numpy_bench.py for one epoch of the network name and reads
// its result line. The process is stopped if ctx ends (an interrupt).
func runNumpy(ctx context.Context, python string, threads int, name string, alpha float64, seed uint64, dir string) (numpyRun, error) {
	cmd := exec.CommandContext(ctx, python, "-", "--net", name, "--alpha", fmt.Sprint(alpha), "--seed", fmt.Sprint(seed), "--mnist", dir)
	cmd.Stdin = bytes.NewReader(numpyBench)
	cmd.Env = append(os.Environ(), "OPENBLAS_NUM_THREADS="+strconv.Itoa(threads))
	cmd.WaitDelay = 5 * time.Second
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		return numpyRun{}, fmt.Errorf("mnistbench: interrupted; numpy (pid %d) stopped", cmd.Process.Pid)
	}
	if err != nil {
		return numpyRun{}, fmt.Errorf("mnistbench: %s numpy_bench.py: %v\n%s", python, err, lastLines(stderr.String(), 8))
	}
	var r numpyRun
	var threadsSeen string
	for _, line := range strings.Split(string(out), "\n") {
		f, ok := strings.CutPrefix(line, "result ")
		if !ok {
			continue
		}
		for _, kv := range strings.Fields(f) {
			k, v, _ := strings.Cut(kv, "=")
			x, _ := strconv.ParseFloat(v, 64)
			switch k {
			case "s_per_epoch":
				r.seconds = x
			case "cpu_s_per_epoch":
				r.cpu = x
			case "accuracy":
				r.accuracy = x
			case "threads":
				threadsSeen = v
			}
		}
	}
	if !(r.seconds > 0) {
		return numpyRun{}, fmt.Errorf("mnistbench: numpy_bench.py printed no result line:\n%s", lastLines(string(out), 8))
	}
	if threadsSeen != strconv.Itoa(threads) && threadsSeen != "unknown" {
		return numpyRun{}, fmt.Errorf("mnistbench: numpy used %s OpenBLAS threads, want %d", threadsSeen, threads)
	}
	return r, nil
}

// summary returns "median (min–max)" of v with the given decimals.
func summary(v []float64, decimals int) string {
	s := slices.Sorted(slices.Values(v))
	med := s[len(s)/2]
	if len(s)%2 == 0 {
		med = (s[len(s)/2-1] + med) / 2
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', decimals, 64) }
	return fmt.Sprintf("%s (%s–%s)", f(med), f(s[0]), f(s[len(s)-1]))
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// numCPU returns the number of CPUs this process may use.
func numCPU() int {
	return runtime.NumCPU()
}
