package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
)

const rlimitNproc = 6 // RLIMIT_NPROC on Linux

// launch sets the limits and executes the program; it returns only on error.
func launch(args []string) error {
	if len(args) < 6 || args[4] != "--" {
		return errors.New("usage: launcher MEM_MiB FILE_MiB PROCS CPU_SECONDS -- PROGRAM ARGS…")
	}
	n := make([]uint64, 4)
	for i := range n {
		v, err := strconv.ParseUint(args[i], 10, 64)
		if err != nil {
			return fmt.Errorf("limit %q: %v", args[i], err)
		}
		n[i] = v
	}
	for _, l := range []struct {
		res int
		v   uint64
	}{{syscall.RLIMIT_AS, n[0] << 20}, {syscall.RLIMIT_FSIZE, n[1] << 20}, {rlimitNproc, n[2]}, {syscall.RLIMIT_CPU, n[3]}, {syscall.RLIMIT_CORE, 0}} {
		if l.v == 0 && l.res != syscall.RLIMIT_CORE {
			continue
		}
		if err := syscall.Setrlimit(l.res, &syscall.Rlimit{Cur: l.v, Max: l.v}); err != nil {
			return fmt.Errorf("setrlimit %d: %v", l.res, err)
		}
	}
	argv := args[5:]
	path := argv[0]
	if !filepath.IsAbs(path) {
		p, err := exec.LookPath(path)
		if err != nil {
			return err
		}
		path = p
	}
	return fmt.Errorf("cannot run %s: %v", argv[0], syscall.Exec(path, argv, os.Environ()))
}
