package main

func browserMain(paths []string, o options) int { return 2 }
