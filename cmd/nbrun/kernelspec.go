package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// kernelTools are the programs GoNB runs for every cell besides go itself.
var kernelTools = []string{"goimports", "gopls"}

// checkKernel asks Jupyter (python, as nbclient will) for the kernel spec
// named kernel and checks that the PATH the spec sets finds kernelTools.
//
// Why: the spec is registered per user, and `./course` writes into it the
// PATH of the clone it runs from (.tools/bin). Once that clone is deleted,
// another clone's runner would start a kernel that fails every cell with
// "goimports: executable file not found"; this names the cause instead.
func checkKernel(python, kernel string) error {
	const ask = `import json, sys
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
try:
    s = KernelSpecManager().get_kernel_spec(sys.argv[1])
except NoSuchKernel:
    print(json.dumps({"missing": True}))
else:
    print(json.dumps({"dir": s.resource_dir, "env": s.env or {}}))`
	out, err := exec.Command(python, "-c", ask, kernel).Output()
	if err != nil {
		msg := err.Error()
		if e, ok := err.(*exec.ExitError); ok {
			msg = lastLines(string(e.Stderr), 3)
		}
		return fmt.Errorf("cannot ask Jupyter (%s) for the kernel %q: %s (run ./course setup)", python, kernel, msg)
	}
	var spec struct {
		Missing bool
		Dir     string
		Env     map[string]string
	}
	if err := json.Unmarshal(out, &spec); err != nil {
		return fmt.Errorf("reading the kernel spec of %q: %v", kernel, err)
	}
	if spec.Missing {
		return fmt.Errorf("no Jupyter kernel named %q for this user: run ./course setup", kernel)
	}
	path, ok := spec.Env["PATH"]
	if !ok {
		return nil // the kernel inherits the runner's PATH
	}
	for _, tool := range kernelTools {
		if !onPath(tool, path) {
			first, _, _ := strings.Cut(path, string(os.PathListSeparator))
			return fmt.Errorf("the Go kernel registered for this user (%s) runs %s from %s, which has none "+
				"(a clone of the course that was moved or deleted?): run ./course setup in this folder",
				filepath.Join(spec.Dir, "kernel.json"), tool, first)
		}
	}
	return nil
}

// onPath reports whether an executable file named name is in one of the
// folders of path.
func onPath(name, path string) bool {
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			continue
		}
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return true
		}
	}
	return false
}
