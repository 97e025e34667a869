"""The meeting on the shared screen: the timer strip, one view per phase, the parking lot and the presenter set-up."""
