"""Qt adapters: windows, panels, item models, actions and theme."""
