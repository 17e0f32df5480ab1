import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Filler, Legend,
  LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

// Chart.js is tree-shaken: only what the four analytics charts draw is registered, once.
Chart.register(
  ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Filler, Legend,
  LinearScale, LineController, LineElement, PointElement, Tooltip,
);

export const COLOURS = {
  indigo: '#4f46e5',
  indigoFill: 'rgba(79, 70, 229, 0.12)',
  amber: '#d97706',
  rose: '#e11d48',
  emerald: '#059669',
  palette: ['#4f46e5', '#0891b2', '#059669', '#d97706', '#e11d48', '#7c3aed', '#db2777', '#65a30d', '#0284c7', '#64748b'],
};
