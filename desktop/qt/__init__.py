"""Adapters from the model to Qt (QtCore/QtGui/QtMultimedia), no widgets."""
