"""diplo-stream: diplomatic events and attributed quotes from news paragraphs, on Kafka."""

__version__ = "0.1.0"
