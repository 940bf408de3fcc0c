package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckKernel registers kernels in a data folder of its own: one whose
// PATH has goimports and gopls passes; one whose PATH is a deleted clone's
// .tools/bin is named with the folder and the cure; an unknown name says
// to run the set-up.
func TestCheckKernel(t *testing.T) {
	python := envOr("JUPYTER_PYTHON", "/usr/bin/python3")
	if err := exec.Command(python, "-c", "import jupyter_client").Run(); err != nil {
		t.Skipf("no jupyter_client in %s", python)
	}
	data, tools := t.TempDir(), t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", data)
	t.Setenv("JUPYTER_PATH", "")
	for _, tool := range kernelTools {
		os.WriteFile(filepath.Join(tools, tool), []byte("#!/bin/sh\n"), 0o755)
	}
	gone := filepath.Join(t.TempDir(), "deleted-clone", ".tools", "bin")
	register := func(name, path string) {
		dir := filepath.Join(data, "kernels", name)
		os.MkdirAll(dir, 0o755)
		spec := `{"argv": ["gonb", "--kernel", "{connection_file}"], "display_name": "Go", "language": "go",
 "env": {"PATH": "` + path + `:/usr/bin:/bin"}}`
		if err := os.WriteFile(filepath.Join(dir, "kernel.json"), []byte(spec), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	register("nbrun-ok", tools)
	register("nbrun-gone", gone)
	if err := checkKernel(python, "nbrun-ok"); err != nil {
		t.Errorf("a kernel whose PATH has the tools: %v", err)
	}
	err := checkKernel(python, "nbrun-gone")
	if err == nil || !strings.Contains(err.Error(), "runs goimports from "+gone+", which has none") ||
		!strings.Contains(err.Error(), "run ./course setup in this folder") {
		t.Errorf("a kernel of a deleted clone: %v", err)
	}
	err = checkKernel(python, "nbrun-no-such-kernel")
	if err == nil || !strings.Contains(err.Error(), `no Jupyter kernel named "nbrun-no-such-kernel" for this user: run ./course setup`) {
		t.Errorf("an unknown kernel: %v", err)
	}
}
