// Command launcher sets its resource limits and runs a program under them:
// the grader starts every process of a submission through it, inside the
// submission's sandbox (so that RLIMIT_NPROC counts in the sandbox's own
// user namespace). It is built without cgo, to run where no C library is.
//
//	launcher MEM_MiB FILE_MiB PROCS CPU_SECONDS -- PROGRAM ARGS…
//	launcher ping
//
// A limit of 0 is left as it is (CPU_SECONDS always applies).
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "ping" {
		fmt.Println("sandbox ok")
		return
	}
	if err := launch(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "launcher:", err)
		os.Exit(126)
	}
}
