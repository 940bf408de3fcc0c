package main

import "os"

// stopSignals end a run: it stops its processes, removes its scratch folder
// and writes nothing.
var stopSignals = []os.Signal{os.Interrupt}

func signalNumber(os.Signal) int { return 2 }

// alive: Windows' scratch folders are left for its own temporary-file
// cleanup.
func alive(pid int) bool { return true }

func mine(path string) bool { return false }
